import useSWR from "swr";
import type { ImageHistoryLayer } from "@/lib/shared/types/images";
import type { ApiError } from "@/lib/browser/api/api-error";
import { imagePath } from "@/lib/browser/paths/images";

export function useImageHistory(id: string) {
  const { data, error, isLoading } = useSWR<{ history: ImageHistoryLayer[] }, ApiError>(`${imagePath(id)}/history`);
  return { history: data?.history, error, isLoading };
}
