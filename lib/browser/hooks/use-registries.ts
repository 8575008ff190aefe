import useSWR from "swr";
import type { ApiError } from "@/lib/browser/api/api-error";
import { REGISTRIES_KEY } from "@/lib/browser/paths/registries";
import type { RegistryInfo } from "@/lib/shared/types/registries";

/** Docker Hub and the registries the user added, with the login Berth holds for each. */
export function useRegistries() {
  const { data, error, isLoading, mutate } = useSWR<{ registries: RegistryInfo[] }, ApiError>(REGISTRIES_KEY);
  return { registries: data?.registries, error, isLoading, mutate };
}
