import useSWR from "swr";
import type { ImageListItem } from "@/lib/docker/image-types";
import type { ApiError } from "@/lib/client/api-error";
import { imagesListKey } from "@/lib/images/paths";

/** The images screen's list; image engine events revalidate it (components/live/live-sync.tsx). */
export function useImagesList(opts: { all?: boolean; dangling?: boolean } = {}) {
  const { data, error, isLoading, mutate } = useSWR<{ images: ImageListItem[] }, ApiError>(imagesListKey(opts), {
    keepPreviousData: true,
  });
  return { images: data?.images, error, isLoading, mutate };
}
