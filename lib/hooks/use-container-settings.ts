import useSWR from "swr";
import type { ContainerSettings } from "@/lib/docker/container-config-types";
import type { ApiError } from "@/lib/client/api-error";
import { settingsPath } from "@/lib/client/container-config-api";

/** The container's editable settings (limits, ports with host IPs, mounts) from its full inspect. */
export function useContainerSettings(id: string) {
  const { data, error, isLoading, mutate } = useSWR<{ settings: ContainerSettings }, ApiError>(settingsPath(id));
  return { settings: data?.settings, error, isLoading, mutate };
}
