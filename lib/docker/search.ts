import "server-only";
import { docker } from "./client";
import { toEngineError } from "./errors";
import { hubSearchFailure, mapSearchResults } from "@/lib/registries/hub-search";
import type { HubSearchResult } from "@/lib/registries/types";

/** `docker search term`: the engine asks Docker Hub, so this fails clearly on a machine without internet. */
export async function searchDockerHub(term: string, limit: number, signal?: AbortSignal): Promise<HubSearchResult[]> {
  try {
    return mapSearchResults(await docker().searchImages({ term, limit, abortSignal: signal }));
  } catch (err) {
    throw hubSearchFailure(toEngineError(err));
  }
}
