import useSWR from "swr";
import type { ImageDetail } from "@/lib/shared/types/images";
import type { ApiError } from "@/lib/browser/api/api-error";
import { imagePath } from "@/lib/browser/paths/images";

export function useImage(id: string) {
  const { data, error, isLoading, mutate } = useSWR<{ image: ImageDetail; containers: string[] }, ApiError>(imagePath(id));
  return { image: data?.image, error, isLoading, mutate };
}
