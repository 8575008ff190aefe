import "server-only";
import type { HubSearchResult } from "@/lib/shared/types/registries";
import { ApiError } from "@/lib/shared/errors";

// Docker Hub search goes through the engine (GET /images/search, like `docker search`): pure mappers for
// its answer and its failures, so both are unit-tested without an engine or the internet.

interface RawSearchResult {
  name?: unknown;
  description?: unknown;
  star_count?: unknown;
  is_official?: unknown;
  is_automated?: unknown;
}

/** The engine's results mapped to ours; entries without a name are dropped. Most stars first, as Hub ranks. */
export function mapSearchResults(raw: unknown): HubSearchResult[] {
  if (!Array.isArray(raw)) return [];
  return (raw as RawSearchResult[])
    .filter((r) => r && typeof r.name === "string" && r.name)
    .map((r) => ({
      name: r.name as string,
      description: typeof r.description === "string" ? r.description : "",
      stars: typeof r.star_count === "number" && Number.isFinite(r.star_count) ? r.star_count : 0,
      official: r.is_official === true,
      automated: r.is_automated === true,
    }));
}

// What the engine says when it cannot get to Hub: DNS, routing, refused or timed-out connections, TLS.
const NETWORK_FAILURE =
  /dial tcp|lookup |no such host|network is unreachable|connection refused|connection reset|i\/o timeout|timeout|TLS handshake|certificate|proxyconnect|EOF/i;

/**
 * A failed search as the API answers it. An engine that is down stays a 503 `engine_unreachable`; an
 * engine that answers but cannot reach Hub (no internet) is a 502 `hub_unreachable` that says so.
 */
export function hubSearchFailure(err: { status: number; code: string; message: string }): ApiError {
  if (err.code === "engine_unreachable") return new ApiError(err.code, err.message);
  if (err.status === 400) return new ApiError("invalid_request", err.message);
  if (NETWORK_FAILURE.test(err.message)) {
    return new ApiError("hub_unreachable", `Docker Hub is not reachable from the engine: ${err.message}`);
  }
  return new ApiError("hub_search_failed", `Docker Hub search failed: ${err.message}`);
}
