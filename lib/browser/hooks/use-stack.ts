import useSWR from "swr";
import type { StackDetail } from "@/lib/shared/types/stacks";
import type { ApiError } from "@/lib/browser/api/api-error";
import { stackPath } from "@/lib/browser/paths/stacks";

/** One stack: its services and containers, whether its files can be read here; revalidated by engine events. */
export function useStack(name: string) {
  const { data, error, isLoading, mutate } = useSWR<{ stack: StackDetail }, ApiError>(stackPath(name));
  return { stack: data?.stack, error, isLoading, mutate };
}
