import useSWR from "swr";
import type { ContainerDiff } from "@/lib/docker/files-types";
import { diffKey } from "@/lib/client/files-paths";
import type { ApiError } from "@/lib/client/api-error";

/** `docker diff` of one container; refetched on its engine events and by the Refresh button. */
export function useContainerDiff(ref: string | null | undefined) {
  const { data, error, isLoading, isValidating, mutate } = useSWR<ContainerDiff, ApiError>(ref ? diffKey(ref) : null);
  return { changes: data?.changes, error, isLoading, isValidating, mutate };
}
