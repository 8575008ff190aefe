import useSWR from "swr";
import type { ContainerDiff, FileChange } from "@/lib/shared/types/files";
import { diffKey } from "@/lib/browser/paths/files";
import type { ApiError } from "@/lib/browser/api/api-error";

/** `docker diff` of one container; refetched on its engine events and by the Refresh button. */
export function useContainerDiff(ref: string | null | undefined) {
  const { data, error, isLoading, isValidating, mutate } = useSWR<ContainerDiff, ApiError>(ref ? diffKey(ref) : null);
  return { changes: changesOf(data), error, isLoading, isValidating, mutate };
}

const NO_CHANGES: FileChange[] = [];

/**
 * The list, or undefined while there is none yet. An answer whose `changes` is not a list (an older
 * server sent the engine's `null` as `{"type":"Buffer"}`) is no changes, never something to `.filter`.
 */
function changesOf(data: ContainerDiff | undefined): FileChange[] | undefined {
  if (data === undefined) return undefined;
  return Array.isArray(data?.changes) ? data.changes : NO_CHANGES;
}
