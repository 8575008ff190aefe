import useSWR from "swr";
import type { ContainerDiff } from "@/lib/shared/types/files";
import { diffKey } from "@/lib/browser/paths/files";
import type { ApiError } from "@/lib/browser/api/api-error";

/** `docker diff` of one container; refetched on its engine events and by the Refresh button. */
export function useContainerDiff(ref: string | null | undefined) {
  const { data, error, isLoading, isValidating, mutate } = useSWR<ContainerDiff, ApiError>(ref ? diffKey(ref) : null);
  return { changes: data?.changes, error, isLoading, isValidating, mutate };
}
