import useSWR from "swr";
import type { VolumeListing } from "@/lib/shared/types/volumes";
import type { ApiError } from "@/lib/browser/api/api-error";

export function volumeFilesPath(name: string, path: string): string {
  return `/api/volumes/${encodeURIComponent(name)}/files?path=${encodeURIComponent(path)}`;
}

/**
 * One folder of a volume. Each fetch runs a helper container, so it is never refetched on focus or on
 * events (the live branch skips `/files` keys): the user refreshes it.
 */
export function useVolumeFiles(name: string, path: string | null) {
  const { data, error, isLoading, isValidating, mutate } = useSWR<{ listing: VolumeListing }, ApiError>(
    path === null ? null : volumeFilesPath(name, path),
    { revalidateOnFocus: false, revalidateOnReconnect: false, revalidateIfStale: false },
  );
  return { listing: data?.listing, error, isLoading, isValidating, refresh: mutate };
}
