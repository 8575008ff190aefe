import useSWR from "swr";
import type { ImageListItem } from "@/lib/shared/types/images";
import type { ApiError } from "@/lib/browser/api/api-error";
import { imagesListKey } from "@/lib/browser/paths/images";

/** The images screen's list; image engine events revalidate it (components/live/live-sync.tsx). */
export function useImagesList(opts: { all?: boolean; dangling?: boolean } = {}) {
  const { data, error, isLoading, mutate } = useSWR<{ images: ImageListItem[] }, ApiError>(imagesListKey(opts), {
    keepPreviousData: true,
  });
  return { images: data?.images, error, isLoading, mutate };
}
