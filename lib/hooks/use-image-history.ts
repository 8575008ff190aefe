import useSWR from "swr";
import type { ImageHistoryLayer } from "@/lib/docker/image-types";
import type { ApiError } from "@/lib/client/api-error";
import { imagePath } from "@/lib/images/paths";

export function useImageHistory(id: string) {
  const { data, error, isLoading } = useSWR<{ history: ImageHistoryLayer[] }, ApiError>(`${imagePath(id)}/history`);
  return { history: data?.history, error, isLoading };
}
