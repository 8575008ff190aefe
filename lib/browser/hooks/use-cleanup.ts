import useSWR from "swr";
import type { CleanupPreview } from "@/lib/shared/cleanup/types";
import type { ApiError } from "@/lib/browser/api/api-error";
import { cleanupKey } from "@/lib/browser/paths/cleanup";

/**
 * The cleanup screen's preview; engine events revalidate it while the screen shows (components/live/live-sync.tsx),
 * never a timer. The header's figure is not this: it is the server's shared disk summary (use-disk-summary.ts).
 */
export function useCleanup(opts: { unusedImages?: boolean; olderThanHours?: number } = {}) {
  const { data, error, isLoading, mutate } = useSWR<CleanupPreview, ApiError>(cleanupKey(opts), { keepPreviousData: true });
  return { preview: data, error, isLoading, mutate };
}
