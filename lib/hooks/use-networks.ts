import useSWR from "swr";
import type { NetworkSummary } from "@/lib/docker/container-config-types";
import type { ApiError } from "@/lib/client/api-error";

/** The engine's networks, for the network picker. */
export function useNetworks() {
  const { data, error, isLoading } = useSWR<{ networks: NetworkSummary[] }, ApiError>("/api/networks");
  return { networks: data?.networks, error, isLoading };
}
