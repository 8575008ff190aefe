// SWR keys double as request URLs; the live sync revalidates every key under IMAGES_PREFIX on an image event
// (lib/browser/live/resource-event-keys.ts).
export const IMAGES_PREFIX = "/api/images";
export const TASKS_KEY = "/api/tasks";

export function imagesListKey(opts: { all?: boolean; dangling?: boolean }): string {
  const params = new URLSearchParams();
  if (opts.all) params.set("all", "1");
  if (opts.dangling) params.set("dangling", "1");
  const query = params.toString();
  return query ? `${IMAGES_PREFIX}?${query}` : IMAGES_PREFIX;
}

export function imagePath(id: string): string {
  return `${IMAGES_PREFIX}/${encodeURIComponent(id)}`;
}

/** The in-app URL of an image's screen. */
export function imageHref(id: string): string {
  return `/images/${encodeURIComponent(id)}`;
}
