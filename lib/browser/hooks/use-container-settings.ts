import useSWR from "swr";
import type { ContainerSettings } from "@/lib/shared/types/container-config";
import type { ApiError } from "@/lib/browser/api/api-error";
import { settingsPath } from "@/lib/browser/api/container-config-api";

/** The container's editable settings (limits, ports with host IPs, mounts) from its full inspect. */
export function useContainerSettings(id: string) {
  const { data, error, isLoading, mutate } = useSWR<{ settings: ContainerSettings }, ApiError>(settingsPath(id));
  return { settings: data?.settings, error, isLoading, mutate };
}
