import useSWR from "swr";
import type { VolumeSummary } from "@/lib/docker/container-config-types";
import type { ApiError } from "@/lib/client/api-error";

/** The engine's volumes, for the volume picker. */
export function useVolumes() {
  const { data, error, isLoading } = useSWR<{ volumes: VolumeSummary[] }, ApiError>("/api/volumes");
  return { volumes: data?.volumes, error, isLoading };
}
