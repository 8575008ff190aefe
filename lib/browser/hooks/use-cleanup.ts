import useSWR from "swr";
import type { CleanupPreview } from "@/lib/shared/cleanup/types";
import type { ApiError } from "@/lib/browser/api/api-error";
import { cleanupKey } from "@/lib/browser/paths/cleanup";

/**
 * The cleanup preview; engine events revalidate it (components/live/live-sync.tsx), never a timer. With the
 * default options it is also what the header's "Clean up" button shows, from the same cache entry.
 */
export function useCleanup(opts: { unusedImages?: boolean; olderThanHours?: number } = {}) {
  const { data, error, isLoading, mutate } = useSWR<CleanupPreview, ApiError>(cleanupKey(opts), { keepPreviousData: true });
  return { preview: data, error, isLoading, mutate };
}
