import "server-only";
import type { Credential } from "./store";
import type { CatalogPage, TagList } from "@/lib/shared/types/registries";
import { parseChallenge, nextLast, registryBaseUrl, type Challenge } from "./v2-protocol";
import { ApiError } from "@/lib/shared/errors";

// Berth's own HTTP client for the registry v2 API (catalog and tags): the engine has no endpoint for
// either. Passwords go only into Authorization headers, never into URLs, errors or logs.

const TIMEOUT_MS = 10_000;

interface Target {
  address: string;
  credential?: Credential;
  /** Tests pass a fake; Node's fetch otherwise. */
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
}

function basic(c: Credential): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString("base64")}`;
}

async function send(t: Target, url: string, authorization?: string): Promise<Response> {
  const doFetch = t.fetchImpl ?? fetch;
  const timeout = t.timeoutMs ?? TIMEOUT_MS;
  try {
    return await doFetch(url, {
      headers: { Accept: "application/json", ...(authorization ? { Authorization: authorization } : {}) },
      redirect: "follow",
      signal: AbortSignal.timeout(timeout),
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    if (e.name === "TimeoutError" || e.name === "AbortError") {
      throw new ApiError("registry_timeout", `${t.address} did not answer within ${Math.round(timeout / 1000)} s`);
    }
    const why = e.cause?.code ?? e.cause?.message ?? e.message;
    throw new ApiError("registry_unreachable", `Cannot reach the registry at ${t.address}: ${why}`);
  }
}

/** The token server's answer to the Bearer challenge, fetched with the login if Berth holds one. */
async function bearerToken(t: Target, challenge: Challenge): Promise<string> {
  const realm = challenge.params.realm;
  let url: URL;
  try {
    url = new URL(realm ?? "");
  } catch {
    throw new ApiError("not_a_registry", `${t.address} asked for a token without a valid token server address`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ApiError("not_a_registry", `${t.address} named a token server that is not http(s)`);
  }
  if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
  if (challenge.params.scope) url.searchParams.set("scope", challenge.params.scope);
  const res = await send(t, url.toString(), t.credential ? basic(t.credential) : undefined);
  if (res.status === 401 || res.status === 403) throw unauthorized(t);
  if (!res.ok) throw new ApiError("registry_error", `The token server of ${t.address} answered ${res.status}`);
  const body = (await res.json().catch(() => ({}))) as { token?: unknown; access_token?: unknown };
  const token = typeof body.token === "string" ? body.token : typeof body.access_token === "string" ? body.access_token : undefined;
  if (!token) throw new ApiError("registry_error", `The token server of ${t.address} sent no token`);
  return token;
}

function unauthorized(t: Target): ApiError {
  return t.credential
    ? new ApiError("registry_unauthorized", `${t.address} refused the login of ${t.credential.username}: log in again`)
    : new ApiError("registry_unauthorized", `${t.address} needs a login: log in to browse it`);
}

/**
 * GET a v2 path with the auth the registry asks for: Basic when Berth holds a login, then, if the
 * registry answers 401 with a Bearer challenge, the token flow and one retry.
 */
async function getV2(t: Target, path: string): Promise<Response> {
  const url = `${registryBaseUrl(t.address)}${path}`;
  let res = await send(t, url, t.credential ? basic(t.credential) : undefined);
  if (res.status === 401) {
    const challenge = parseChallenge(res.headers.get("www-authenticate"));
    if (challenge?.scheme !== "bearer") throw unauthorized(t);
    res = await send(t, url, `Bearer ${await bearerToken(t, challenge)}`);
    if (res.status === 401) throw unauthorized(t);
  }
  if (res.status === 403) throw new ApiError("registry_forbidden", `${t.address} does not let ${t.credential?.username ?? "anonymous users"} read this`);
  return res;
}

/** A 404 without the v2 header, or a body that is not the expected JSON: whatever answers is no registry. */
function notARegistry(t: Target, res: Response, what: string): ApiError {
  return new ApiError("not_a_registry", `${t.address} is not a registry v2: it answered ${res.status} to ${what}`);
}

function isV2(res: Response): boolean {
  return (res.headers.get("docker-distribution-api-version") ?? "").startsWith("registry/2");
}

async function readJson<T>(t: Target, res: Response, what: string): Promise<T> {
  const type = res.headers.get("content-type") ?? "";
  if (!type.includes("json")) throw notARegistry(t, res, what);
  try {
    return (await res.json()) as T;
  } catch {
    throw notARegistry(t, res, what);
  }
}

/** `GET /v2/_catalog?n=&last=`: one page of repository names and where the next one starts. */
export async function fetchCatalog(t: Target, page: { n: number; last?: string }): Promise<CatalogPage> {
  const query = new URLSearchParams({ n: String(page.n) });
  if (page.last) query.set("last", page.last);
  const res = await getV2(t, `/v2/_catalog?${query}`);
  if (!res.ok) {
    if (res.status === 404 && isV2(res)) {
      throw new ApiError("not_found", `${t.address} does not list its repositories (no /v2/_catalog)`);
    }
    if (!isV2(res)) throw notARegistry(t, res, "/v2/_catalog");
    throw new ApiError("registry_error", `${t.address} answered ${res.status} to /v2/_catalog`);
  }
  const body = await readJson<{ repositories?: unknown }>(t, res, "/v2/_catalog");
  if (!Array.isArray(body.repositories)) throw notARegistry(t, res, "/v2/_catalog");
  const repositories = body.repositories.filter((r): r is string => typeof r === "string");
  const next = nextLast(res.headers.get("link"));
  return next ? { repositories, next } : { repositories };
}

/** `GET /v2/<repository>/tags/list`, sorted. */
export async function fetchTags(t: Target, repository: string): Promise<TagList> {
  const what = `/v2/${repository}/tags/list`;
  const res = await getV2(t, what);
  if (!res.ok) {
    if (res.status === 404 && isV2(res)) throw new ApiError("not_found", `${t.address} has no repository ${repository}`);
    if (!isV2(res)) throw notARegistry(t, res, what);
    throw new ApiError("registry_error", `${t.address} answered ${res.status} to ${what}`);
  }
  const body = await readJson<{ tags?: unknown }>(t, res, what);
  const tags = Array.isArray(body.tags) ? body.tags.filter((x): x is string => typeof x === "string") : [];
  return { repository, tags: tags.sort((a, b) => a.localeCompare(b, undefined, { numeric: true })) };
}
