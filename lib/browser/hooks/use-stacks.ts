import useSWR from "swr";
import type { ComposeStatus, StackSummary } from "@/lib/shared/types/stacks";
import type { ApiError } from "@/lib/browser/api/api-error";
import { STACKS_KEY } from "@/lib/browser/paths/stacks";

/** Every Compose project on the engine; revalidated by pushed engine events. */
export function useStacks() {
  const { data, error, isLoading, mutate } = useSWR<{ stacks: StackSummary[]; compose: ComposeStatus }, ApiError>(STACKS_KEY);
  return { stacks: data?.stacks, compose: data?.compose, error, isLoading, mutate };
}
