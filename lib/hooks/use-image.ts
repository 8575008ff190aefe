import useSWR from "swr";
import type { ImageDetail } from "@/lib/docker/image-types";
import type { ApiError } from "@/lib/client/api-error";
import { imagePath } from "@/lib/images/paths";

export function useImage(id: string) {
  const { data, error, isLoading, mutate } = useSWR<{ image: ImageDetail; containers: string[] }, ApiError>(imagePath(id));
  return { image: data?.image, error, isLoading, mutate };
}
