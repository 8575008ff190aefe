import "server-only";
import type { BerthConfig } from "@/lib/server/config";
import { ApiError } from "@/lib/shared/errors";
import { hostName } from "./host-name";
import { clientView } from "./trusted-proxy";

// One policy for every way into Berth — pages, API routes and the socket.io handshake — because the
// Docker socket behind it is root on the host. Pure functions of the request line and headers, so they are
// unit-tested and shared by server.ts (the outer gate), the route wrapper and the socket.io handshake.

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

/** What the policy looks at: an IncomingMessage fits, a route handler passes its pathname as `url`. */
export interface PolicyRequest {
  method?: string;
  /** The request target as sent (`/api/x?y`, or an absolute URL); only its path counts. */
  url?: string;
  headers: HeaderBag;
  /** The direct peer's address: X-Forwarded-Host counts only when it is a trusted proxy (BERTH_TRUSTED_PROXY). */
  peer?: string;
}

/** The policy's settings; the proxy ones are optional so a bare `{ allowedHosts }` is a config with no proxy. */
export type PolicyConfig = Pick<BerthConfig, "allowedHosts"> & Partial<Pick<BerthConfig, "trustedProxies" | "publicOrigin">>;

/** The Host the client asked for: a trusted proxy's X-Forwarded-Host, else the Host header. */
function requestedHost(req: PolicyRequest, config: PolicyConfig | undefined): string | undefined {
  return clientView(req.peer, req.headers, { trustedProxies: config?.trustedProxies ?? [] }).host;
}

/** socket.io's endpoint (the server is attached with this path; the browser client uses the same default). */
export const LIVE_PATH = "/socket.io";

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function clip(value: string): string {
  return value.length > 200 ? `${value.slice(0, 200)}…` : value;
}

/**
 * The path of a request target: origin-form (`/a?b`) split by hand, because URL would read `//api/x` as
 * host "api"; absolute-form (`http://host/a`) parsed. Throws for anything else (`*`).
 */
function targetPath(url: string | undefined): string {
  const target = url || "/";
  if (target.startsWith("/")) return target.split(/[?#]/, 1)[0]!;
  return new URL(target).pathname;
}

/** What a refusal names: the method and the path, never the query (it may carry names or filters). */
function describe(req: PolicyRequest): string {
  let path: string;
  try {
    path = targetPath(req.url);
  } catch {
    path = req.url ?? "";
  }
  return `${clip((req.method ?? "GET").toUpperCase())} ${clip(path)}`;
}

export { hostName } from "./host-name";

export function checkHost(req: PolicyRequest, config: PolicyConfig): ApiError | null {
  const host = requestedHost(req, config);
  if (host && config.allowedHosts.includes(hostName(host))) return null;
  return new ApiError(
    "misdirected_request",
    `Refused ${describe(req)}: Host "${clip(host ?? "")}" is not one of this server's names (DNS rebinding?); set BERTH_ALLOWED_HOSTS to allow it`,
  );
}

// RFC 9110's safe methods. Everything else — including verbs nobody uses — may change something.
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isSafeMethod(method: string | undefined): boolean {
  return SAFE_METHODS.has((method ?? "GET").toUpperCase());
}

/** `/a//b/./c/../d` → `/a/b/d`: empty and dot segments resolved the way a URL parser would. */
function resolveSegments(path: string): string {
  const out: string[] = [];
  for (const segment of path.replace(/\\/g, "/").split("/")) {
    if (segment === "..") out.pop();
    else if (segment !== "" && segment !== ".") out.push(segment);
  }
  return `/${out.join("/")}`.toLowerCase();
}

/**
 * Every path a router could end up seeing for this request target: as sent and after each round of
 * %-decoding, each with `//`, `\` and dot segments resolved, in lower case — so `/%61pi/x`, `//api/x` or
 * `/_next/static/%2e%2e/%2e%2e/api/x` cannot slip an API request past the gate. Undefined when the
 * target cannot be read at all.
 */
export function pathReadings(url: string | undefined): string[] | undefined {
  try {
    let path = targetPath(url);
    const readings = [resolveSegments(path)];
    for (let i = 0; i < 4; i++) {
      const decoded = decodeURIComponent(path);
      if (decoded === path) break;
      path = decoded;
      readings.push(resolveSegments(path));
    }
    return readings;
  } catch {
    return undefined;
  }
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

function sameOriginOnlyReading(path: string): boolean {
  if (under(path, "/api") || under(path, LIVE_PATH)) return true;
  return under(path, "/_next") && !under(path, "/_next/static");
}

/**
 * Paths only Berth's own pages may call, whatever the method: the API (some GETs start engine work: an
 * export, an image save, an archive download), the live channel, and Next's endpoints other than its
 * static build output (the image optimizer fetches a URL on the server's behalf). What stays open to
 * other sites is what a link needs: page documents and `/_next/static`, the same bytes for everyone.
 * Any reading of the path that is one of these makes the request one.
 */
export function isSameOriginOnlyPath(url: string | undefined): boolean {
  const readings = pathReadings(url);
  return readings === undefined || readings.some(sameOriginOnlyReading);
}

/** This server's origin as the request names it: its (already checked) Host, over http or https behind a proxy. */
function ownOrigins(host: string): string[] {
  try {
    return ["http:", "https:"].map((scheme) => new URL(`${scheme}//${host}`).origin);
  } catch {
    return [];
  }
}

const TRUSTED_FETCH_SITES = new Set(["same-origin", "none"]);

/**
 * The request comes from one of this server's own pages, or from no browser at all:
 * - `Sec-Fetch-Site`, when a browser sends it, is `same-origin` (our own page) or `none` (typed, bookmarked).
 *   `same-site` is refused too: a page on another port of localhost is same-site but not same-origin,
 *   and that is exactly the attacker on a developer's machine.
 * - `Origin`, when sent, is exactly this server's origin (the Host header, already checked), or BERTH_PUBLIC_URL's.
 * A request with neither (curl, scripts) passes; keys and logins are a later layer.
 */
export function checkOrigin(req: PolicyRequest, config?: PolicyConfig): ApiError | null {
  const what = describe(req);
  const site = header(req.headers, "sec-fetch-site")?.trim().toLowerCase();
  if (site !== undefined && !TRUSTED_FETCH_SITES.has(site)) {
    const from =
      site === "same-site"
        ? "a page on another origin of the same site (another port or subdomain)"
        : site === "cross-site"
          ? "a page on another site"
          : "a context the browser did not call same-origin";
    return new ApiError(
      "cross_origin",
      `Refused ${what}: the browser says it was sent by ${from} (Sec-Fetch-Site: ${clip(site)}); only Berth's own pages may use this`,
    );
  }
  const origin = header(req.headers, "origin");
  if (origin === undefined) return null;
  const host = requestedHost(req, config) ?? "";
  const sent = origin.trim().toLowerCase();
  if (ownOrigins(host).includes(sent) || (config?.publicOrigin !== undefined && sent === config.publicOrigin)) return null;
  return new ApiError(
    "cross_origin",
    `Refused ${what}: it was sent by a page at "${clip(origin)}", not by Berth's own pages (http://${clip(host)})`,
  );
}

/**
 * Host for every request (421: DNS rebinding); Origin and Sec-Fetch-Site (403) for the same-origin-only
 * paths, for every state-changing method anywhere, and for every request when the caller says so (the
 * route wrapper and the socket.io handshake: whatever path they were reached by, they are the API).
 * Null when the request may go on.
 */
export function checkRequest(
  req: PolicyRequest,
  config: PolicyConfig,
  opts: { sameOriginOnly?: boolean } = {},
): ApiError | null {
  const host = checkHost(req, config);
  if (host) return host;
  if (opts.sameOriginOnly || !isSafeMethod(req.method) || isSameOriginOnlyPath(req.url)) return checkOrigin(req, config);
  return null;
}
