import useSWR from "swr";
import { inspectKey } from "@/lib/browser/paths/files";
import type { ApiError } from "@/lib/browser/api/api-error";

/** The engine's raw inspect JSON of one container, kept fresh by its engine events. */
export function useContainerInspect(ref: string | null | undefined) {
  const { data, error, isLoading, mutate } = useSWR<Record<string, unknown>, ApiError>(ref ? inspectKey(ref) : null);
  return { inspect: data, error, isLoading, mutate };
}
