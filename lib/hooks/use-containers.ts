import { useMemo } from "react";
import useSWR from "swr";
import type { ContainerSummary } from "@/lib/docker/types";
import { CONTAINERS_KEY } from "@/lib/client/api-paths";
import type { ApiError } from "@/lib/client/api-error";
import { sortContainers } from "@/lib/client/container-order";

export interface ContainersResponse {
  containers: ContainerSummary[];
}

/** All containers (running first, then by name), kept fresh by pushed engine events. */
export function useContainers() {
  const { data, error, isLoading, mutate } = useSWR<ContainersResponse, ApiError>(CONTAINERS_KEY);
  const containers = useMemo(() => (data ? sortContainers(data.containers) : undefined), [data]);
  return { containers, error, isLoading, mutate };
}
