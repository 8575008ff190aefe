import { useMemo } from "react";
import useSWR from "swr";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { CONTAINERS_KEY } from "@/lib/browser/paths/containers";
import type { ApiError } from "@/lib/browser/api/api-error";
import { sortContainers } from "@/lib/browser/containers/container-order";

export interface ContainersResponse {
  containers: ContainerSummary[];
}

/** All containers (running first, then by name), kept fresh by pushed engine events. */
export function useContainers() {
  const { data, error, isLoading, mutate } = useSWR<ContainersResponse, ApiError>(CONTAINERS_KEY);
  const containers = useMemo(() => (data ? sortContainers(data.containers) : undefined), [data]);
  return { containers, error, isLoading, mutate };
}
