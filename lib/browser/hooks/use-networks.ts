import useSWR from "swr";
import type { NetworkInfo } from "@/lib/shared/types/networks";
import type { ApiError } from "@/lib/browser/api/api-error";

/** The engine's networks with the containers attached (the network picker reads id/name/driver/scope). */
export function useNetworks() {
  const { data, error, isLoading, mutate } = useSWR<{ networks: NetworkInfo[] }, ApiError>("/api/networks");
  return { networks: data?.networks, error, isLoading, mutate };
}
