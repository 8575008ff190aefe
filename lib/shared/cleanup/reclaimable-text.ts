import { formatBytes } from "@/lib/shared/format-bytes";

/** The RECLAIMABLE column of `docker system df`: "1.986MB (100%)", the percentage truncated as Go's integer division does. */
export function reclaimableText(reclaimable: number, total: number): string {
  return total > 0 ? `${formatBytes(reclaimable)} (${Math.trunc((reclaimable * 100) / total)}%)` : formatBytes(reclaimable);
}
