// SWR keys double as request URLs; the live sync revalidates every key under these prefixes on container,
// image, volume and network events (lib/browser/live/resource-event-keys.ts).
export const CLEANUP_PREFIX = "/api/cleanup";
export const SYSTEM_KEY = "/api/system";

export function cleanupKey(opts: { unusedImages?: boolean; olderThanHours?: number } = {}): string {
  const params = new URLSearchParams();
  if (opts.unusedImages) params.set("unusedImages", "1");
  if (opts.olderThanHours) params.set("olderThanHours", String(opts.olderThanHours));
  const query = params.toString();
  return query ? `${CLEANUP_PREFIX}?${query}` : CLEANUP_PREFIX;
}
