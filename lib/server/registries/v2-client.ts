import "server-only";
import type { Credential } from "./store";
import type { CatalogPage, TagList } from "@/lib/shared/types/registries";
import { parseChallenge, nextPageLink, registryBaseUrl, type Challenge } from "./v2-protocol";
import { currentGuard, destinationProblem, hostScope, portOf, type Guard, type HostScope } from "./destinations";
import { BODY_TOO_LARGE, REFUSED_ADDRESS, registryGet, type Fetcher, type RefusedAddress } from "./registry-transport";
import { ApiError } from "@/lib/shared/errors";

// Berth's own HTTP client for the registry v2 API (catalog and tags): the engine has no endpoint for
// either. Passwords go only into Authorization headers, never into URLs, errors or logs. Every URL the
// registry leads Berth to — a redirect, a token realm, a pagination link — is checked before it is asked
// (destinations.ts): redirects stay on the origin they started from, nothing goes to Berth itself or the
// engine, loopback only for a loopback registry, and the login goes to a token server only over https or
// on the registry's own origin.

const TIMEOUT_MS = 10_000;
/** Redirects followed per request; a registry that needs more is looping. */
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

interface Target {
  address: string;
  credential?: Credential;
  /** Tests pass a fake; `registryGet` (node:http with the address check at connect time) otherwise. */
  fetchImpl?: Fetcher;
  timeoutMs?: number;
  /** Tests pass Berth's port and names; the running process's otherwise. */
  guard?: Guard;
  /** The credential is one being checked (login), not one Berth holds. */
  loggingIn?: boolean;
}

/** What every request of one browse shares: where the registry is and what Berth must not reach. */
interface Context {
  t: Target;
  guard: Guard;
  registryOrigin: string;
  registryScope: HostScope;
}

function context(t: Target): Context {
  const base = new URL(registryBaseUrl(t.address));
  return { t, guard: t.guard ?? currentGuard(), registryOrigin: base.origin, registryScope: hostScope(base.hostname) };
}

function basic(c: Credential): string {
  return `Basic ${Buffer.from(`${c.username}:${c.password}`).toString("base64")}`;
}

/** A URL as messages show it: origin and path, never the query (a redirect may carry a signature or a token). */
function shown(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

function refused(message: string): ApiError {
  return new ApiError("registry_address_refused", message);
}

function problemAt(c: Context, url: URL, host = url.hostname): string | undefined {
  if (url.protocol !== "http:" && url.protocol !== "https:") return "it is not http(s)";
  return destinationProblem({ host, port: portOf(url), registryOrigin: url.origin === c.registryOrigin, registryScope: c.registryScope }, c.guard);
}

/** One GET, no redirect followed; the URL and, at connect time, every address its host resolves to are checked. */
async function request(c: Context, url: URL, signal: AbortSignal, authorization?: string): Promise<Response> {
  const { t } = c;
  const why = problemAt(c, url);
  if (why) throw refused(`Berth does not send a request to ${shown(url)}: ${why}`);
  const doFetch = t.fetchImpl ?? registryGet;
  const timeout = t.timeoutMs ?? TIMEOUT_MS;
  try {
    return await doFetch(url.toString(), {
      headers: { Accept: "application/json", ...(authorization ? { Authorization: authorization } : {}) },
      redirect: "manual",
      signal,
      refuseAddress: (address) => problemAt(c, url, address),
    });
  } catch (err) {
    // By code, not class: server.ts and the route bundles may each hold a copy of the transport module.
    const e = err as Error & { code?: string; cause?: { code?: string; message?: string } };
    if (e.code === REFUSED_ADDRESS) {
      const r = err as RefusedAddress;
      throw refused(`Berth does not connect to ${shown(url)}: ${url.hostname} resolves to ${r.address}, and ${r.reason}`);
    }
    if (e.code === BODY_TOO_LARGE) throw new ApiError("registry_error", `${shown(url)} ${e.message}`);
    if (e.name === "TimeoutError" || e.name === "AbortError") {
      throw new ApiError("registry_timeout", `${t.address} did not answer within ${Math.round(timeout / 1000)} s`);
    }
    const why = e.cause?.code ?? e.code ?? e.cause?.message ?? e.message;
    throw new ApiError("registry_unreachable", `Cannot reach the registry at ${t.address}: ${why}`);
  }
}

/**
 * GET `start`, following redirects by hand: at most MAX_REDIRECTS, each within `start`'s origin (the
 * registry's, or its token server's) and checked like the first. The login travels only along that chain.
 */
async function send(c: Context, start: URL, authorization?: string): Promise<Response> {
  const { t } = c;
  // One deadline for the whole chain: a registry cannot stretch it by redirecting.
  const signal = AbortSignal.timeout(t.timeoutMs ?? TIMEOUT_MS);
  let url = start;
  for (let hops = 0; ; hops++) {
    const res = await request(c, url, signal, authorization);
    const location = REDIRECT_STATUSES.has(res.status) ? res.headers.get("location") : null;
    if (location === null) return res;
    await res.body?.cancel().catch(() => {});
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw refused(`${t.address} redirected ${shown(url)} to "${location.slice(0, 200)}", which is not a URL`);
    }
    const why =
      problemAt(c, next) ??
      (next.origin !== start.origin
        ? `Berth follows redirects only within ${start.origin === c.registryOrigin ? "the registry's" : "the token server's"} own origin (${start.origin})`
        : undefined);
    if (why) throw refused(`${t.address} redirected ${shown(url)} to ${shown(next)}: refused, ${why}`);
    if (hops + 1 > MAX_REDIRECTS) {
      throw refused(`${t.address} redirected ${shown(start)} more than ${MAX_REDIRECTS} times: Berth stops following there`);
    }
    url = next;
  }
}

/**
 * The token server's answer to the Bearer challenge. The realm is checked like a redirect target (never
 * Berth, the engine, or loopback for a registry that is not on loopback); the login goes with the request
 * only over https or to the registry's own origin, never in the clear to another server.
 */
function checkedRealm(c: Context, challenge: Challenge): URL {
  const { t } = c;
  let url: URL;
  try {
    url = new URL(challenge.params.realm ?? "");
  } catch {
    throw new ApiError("not_a_registry", `${t.address} asked for a token without a valid token server address`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ApiError("not_a_registry", `${t.address} named a token server that is not http(s)`);
  }
  const why = problemAt(c, url);
  if (why) throw refused(`${t.address} names its token server at ${shown(url)}: Berth does not ask it for a token, ${why}`);
  if (t.credential && url.protocol !== "https:" && url.origin !== c.registryOrigin) {
    throw refused(
      `${t.address} names its token server at ${url.origin}, another origin over plain http: Berth does not send the login of ` +
        `${t.credential.username} there, where it would travel unencrypted to a server that is not the registry. ` +
        `Serve the token server over https or on the registry's own address${c.t.loggingIn ? "" : ", or log out to browse anonymously"}`,
    );
  }
  return url;
}

async function bearerToken(c: Context, challenge: Challenge): Promise<string> {
  const { t } = c;
  const url = checkedRealm(c, challenge);
  if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
  if (challenge.params.scope) url.searchParams.set("scope", challenge.params.scope);
  const res = await send(c, url, t.credential ? basic(t.credential) : undefined);
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
async function getV2(c: Context, path: string): Promise<Response> {
  const { t } = c;
  const url = new URL(`${c.registryOrigin}${path}`);
  let res = await send(c, url, t.credential ? basic(t.credential) : undefined);
  if (res.status === 401) {
    const challenge = parseChallenge(res.headers.get("www-authenticate"));
    if (challenge?.scheme !== "bearer") throw unauthorized(t);
    res = await send(c, url, `Bearer ${await bearerToken(c, challenge)}`);
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
  const c = context(t);
  const res = await getV2(c, `/v2/_catalog?${query}`);
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
  // Berth asks its own URL for the next page and reads only `last` from the link, but a link to another
  // origin is the registry pointing Berth elsewhere: refused like such a redirect.
  const link = nextPageLink(res.headers.get("link"), c.registryOrigin);
  if (link && link.origin !== c.registryOrigin) {
    throw refused(`${t.address} links its next catalog page to ${shown(link)}: refused, Berth reads the catalog only from the registry's own origin (${c.registryOrigin})`);
  }
  const next = link?.searchParams.get("last") ?? undefined;
  return next ? { repositories, next } : { repositories };
}

/** `GET /v2/<repository>/tags/list`, sorted. */
export async function fetchTags(t: Target, repository: string): Promise<TagList> {
  const what = `/v2/${repository}/tags/list`;
  const res = await getV2(context(t), what);
  if (!res.ok) {
    if (res.status === 404 && isV2(res)) throw new ApiError("not_found", `${t.address} has no repository ${repository}`);
    if (!isV2(res)) throw notARegistry(t, res, what);
    throw new ApiError("registry_error", `${t.address} answered ${res.status} to ${what}`);
  }
  const body = await readJson<{ tags?: unknown }>(t, res, what);
  const tags = Array.isArray(body.tags) ? body.tags.filter((x): x is string => typeof x === "string") : [];
  return { repository, tags: tags.sort((a, b) => a.localeCompare(b, undefined, { numeric: true })) };
}

/**
 * Before a login goes to the engine to be checked (POST /auth): the engine, like `docker login`, sends the
 * password to whatever token server the registry's `/v2/` challenge names, so Berth reads that challenge
 * itself (anonymously) and refuses the login where its own client would refuse to send it. Only a refusal
 * counts: a registry Berth cannot reach from here is left to the engine to judge.
 */
export async function checkLoginDestination(t: Target & { credential: Credential }): Promise<void> {
  // A shorter wait than a browse: an unreachable registry only delays the engine's own check.
  const c = context({ timeoutMs: 5_000, ...t, loggingIn: true });
  let res: Response;
  try {
    res = await send(c, new URL(`${c.registryOrigin}/v2/`));
  } catch (err) {
    if (err instanceof ApiError && err.code === "registry_address_refused") throw err;
    return;
  }
  await res.body?.cancel().catch(() => {});
  const challenge = res.status === 401 ? parseChallenge(res.headers.get("www-authenticate")) : undefined;
  if (challenge?.scheme === "bearer") checkedRealm(c, challenge);
}
