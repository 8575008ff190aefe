import useSWR from "swr";
import type { VolumeInfo } from "@/lib/shared/types/volumes";
import type { ApiError } from "@/lib/browser/api/api-error";

/**
 * The engine's volumes with their users (the volume picker reads name/driver/mountpoint).
 * `sizes` asks the engine to measure every volume (`docker system df -v`): slow, so only on request.
 */
export function useVolumes(opts: { sizes?: boolean } = {}) {
  const key = opts.sizes ? "/api/volumes?sizes=1" : "/api/volumes";
  const { data, error, isLoading, mutate } = useSWR<{ volumes: VolumeInfo[] }, ApiError>(key, {
    // Toggling sizes changes the key: keep the rows on screen while the engine measures.
    keepPreviousData: true,
  });
  return { volumes: data?.volumes, error, isLoading, mutate };
}
