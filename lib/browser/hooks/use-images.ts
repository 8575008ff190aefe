import useSWR from "swr";
import type { ImageSummary } from "@/lib/shared/types/container-config";
import type { ApiError } from "@/lib/browser/api/api-error";

export const IMAGES_KEY = "/api/images";

/** Local images for the image picker. */
export function useImages() {
  const { data, error, isLoading, mutate } = useSWR<{ images: ImageSummary[] }, ApiError>(IMAGES_KEY);
  return { images: data?.images, error, isLoading, mutate };
}
