import "server-only";
import { hubSearchFailure, mapSearchResults } from "@/lib/server/registries/hub-search";
import type { HubSearchResult } from "@/lib/shared/types/registries";
import { toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

// The engine waits on DNS and Hub without a deadline of its own that a user would sit through.
const SEARCH_TIMEOUT_MS = 20_000;

/** `docker search term`: the engine asks Docker Hub, so this fails clearly on a machine without internet. */
export async function searchDockerHub(engine: Engine, term: string, limit: number, signal?: AbortSignal): Promise<HubSearchResult[]> {
  const timeout = AbortSignal.timeout(SEARCH_TIMEOUT_MS);
  try {
    const raw = await engine.docker.searchImages({ term, limit, abortSignal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    return mapSearchResults(raw);
  } catch (err) {
    if (timeout.aborted) {
      throw new ApiError("hub_timeout", `Docker Hub is not reachable from the engine: no answer within ${SEARCH_TIMEOUT_MS / 1000} s`);
    }
    throw hubSearchFailure(toEngineError(err));
  }
}
