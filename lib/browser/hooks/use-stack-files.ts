import useSWR from "swr";
import type { StackFiles } from "@/lib/shared/types/stacks";
import type { ApiError } from "@/lib/browser/api/api-error";
import { stackPath } from "@/lib/browser/paths/stacks";

/** The stack's compose files and .env names (under the stacks prefix: engine events revalidate it). */
export function useStackFiles(name: string) {
  const { data, error, mutate } = useSWR<StackFiles, ApiError>(`${stackPath(name)}/files`);
  return { files: data, error, mutate };
}
