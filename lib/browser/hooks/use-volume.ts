import useSWR from "swr";
import type { VolumeDetail } from "@/lib/shared/types/volumes";
import type { ApiError } from "@/lib/browser/api/api-error";
import { volumePath } from "@/lib/browser/paths/volumes";

/** One volume's inspect data and users. */
export function useVolume(name: string) {
  const { data, error, isLoading, mutate } = useSWR<{ volume: VolumeDetail }, ApiError>(volumePath(name));
  return { volume: data?.volume, error, isLoading, mutate };
}
