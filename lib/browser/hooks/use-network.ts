import useSWR from "swr";
import type { NetworkDetail } from "@/lib/shared/types/networks";
import type { ApiError } from "@/lib/browser/api/api-error";

export function networkPath(idOrName: string): string {
  return `/api/networks/${encodeURIComponent(idOrName)}`;
}

/** One network's inspect data, with every attached container and its addresses. */
export function useNetwork(idOrName: string) {
  const { data, error, isLoading, mutate } = useSWR<{ network: NetworkDetail }, ApiError>(networkPath(idOrName));
  return { network: data?.network, error, isLoading, mutate };
}
