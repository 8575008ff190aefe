import useSWR from "swr";
import type { ApiError } from "@/lib/client/api-error";
import { searchPath } from "@/lib/registries/paths";
import type { HubSearchResult } from "@/lib/registries/types";

/** Docker Hub search through the engine, for the term the user submitted (none: no request). */
export function useRegistrySearch(term: string) {
  const { data, error, isLoading } = useSWR<{ results: HubSearchResult[] }, ApiError>(term ? searchPath(term) : null);
  return { results: data?.results, error, isLoading };
}
