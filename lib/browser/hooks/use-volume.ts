import useSWR from "swr";
import type { VolumeDetail } from "@/lib/shared/types/volumes";
import type { ApiError } from "@/lib/browser/api/api-error";

export function volumePath(name: string): string {
  return `/api/volumes/${encodeURIComponent(name)}`;
}

/** One volume's inspect data and users. */
export function useVolume(name: string) {
  const { data, error, isLoading, mutate } = useSWR<{ volume: VolumeDetail }, ApiError>(volumePath(name));
  return { volume: data?.volume, error, isLoading, mutate };
}
