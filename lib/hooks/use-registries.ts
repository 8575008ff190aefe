import useSWR from "swr";
import type { ApiError } from "@/lib/client/api-error";
import { REGISTRIES_KEY } from "@/lib/registries/paths";
import type { RegistryInfo } from "@/lib/registries/types";

/** Docker Hub and the registries the user added, with the login Berth holds for each. */
export function useRegistries() {
  const { data, error, isLoading, mutate } = useSWR<{ registries: RegistryInfo[] }, ApiError>(REGISTRIES_KEY);
  return { registries: data?.registries, error, isLoading, mutate };
}
