import useSWR from "swr";
import type { CleanupPreview } from "@/lib/cleanup/types";
import type { ApiError } from "@/lib/client/api-error";
import { cleanupKey } from "@/lib/cleanup/paths";

/**
 * The cleanup preview; engine events revalidate it (components/live/live-sync.tsx), never a timer. With the
 * default options it is also what the header's "Clean up" button shows, from the same cache entry.
 */
export function useCleanup(opts: { unusedImages?: boolean; olderThanHours?: number } = {}) {
  const { data, error, isLoading, mutate } = useSWR<CleanupPreview, ApiError>(cleanupKey(opts), {
    keepPreviousData: true,
    // A refresh the browser dropped (status 0, e.g. Chromium aborting requests when a network interface comes or
    // goes) would leave rows on screen that a cleanup already removed: retry those few times, never engine errors.
    shouldRetryOnError: (err) => err.status === 0,
    errorRetryInterval: 1000,
    errorRetryCount: 3,
  });
  return { preview: data, error, isLoading, mutate };
}
