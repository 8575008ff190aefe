import useSWR from "swr";
import type { ApiError } from "@/lib/browser/api/api-error";
import { searchPath } from "@/lib/browser/paths/registries";
import type { HubSearchResult } from "@/lib/shared/types/registries";

/** Docker Hub search through the engine, for the term the user submitted (none: no request). */
export function useRegistrySearch(term: string) {
  const { data, error, isLoading } = useSWR<{ results: HubSearchResult[] }, ApiError>(term ? searchPath(term) : null);
  return { results: data?.results, error, isLoading };
}
