import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { BerthConfig } from "@/lib/server/config";
import { LIVE_PATH, pathReadings } from "@/lib/server/security/request-policy";
import { routeAccess } from "@/lib/shared/auth/access-table";
import { contentSecurityPolicy, newNonce, STATIC_SECURITY_HEADERS } from "@/lib/server/security/headers";
import { errorBody } from "@/lib/shared/errors";
import type { Principal } from "@/lib/shared/auth/roles";
import { authenticate } from "./authenticate";
import { keyScreenHtml } from "./auth-pages";
import { isLocalKey } from "./local-key";
import { createSession, SESSION_COOKIE, SESSION_MAX_AGE_MS } from "./sessions";
import { handleSignIn } from "./sign-in";
import { clientView } from "@/lib/server/security/trusted-proxy";
import { oidcConfig } from "./oidc-client";
import { handleOidc, oidcRoute } from "./oidc-routes";

// The sign-in step of server.ts's gate, in front of Next and socket.io: who is asking, before any page renders or
// any channel opens. A browser without a session gets the key screen (local mode) or the sign-in page (team mode);
// everything else gets 401 JSON. The route wrapper and the socket middleware check again, with the roles table.

export type AuthConfig = Pick<BerthConfig, "mode" | "authOff"> & Partial<Pick<BerthConfig, "trustedProxies">>;

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** Next's build output: the same bytes for everyone, no engine data. Every reading of the path must be under it. */
function isStaticAsset(readings: string[]): boolean {
  return readings.every((p) => under(p, "/_next/static"));
}

/** An API route the access table opens to anyone (none today; signing in is this gate's own /login). */
function isPublic(method: string, readings: string[]): boolean {
  return readings.every((p) => routeAccess(method, p)?.access === "public");
}

/** The gate's own sign-in endpoints: /login (team mode) and /logout, whatever spelling of the path. */
function signInPath(readings: string[], config: AuthConfig): boolean {
  if (config.authOff) return false;
  if (readings.every((p) => p === "/logout")) return true;
  return config.mode === "team" && readings.every((p) => p === "/login");
}

/** A request a browser would render as a page, not data: a GET/HEAD of a path outside /api, /socket.io and /_next. */
function isPageRequest(method: string, readings: string[]): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  return !readings.some((p) => under(p, "/api") || under(p, LIVE_PATH) || under(p, "/_next"));
}

export function unauthorizedMessage(config: AuthConfig): string {
  return config.mode === "team"
    ? "Sign in first: open Berth's page and sign in, or send Authorization: Bearer <API token>"
    : "Berth needs its key: open the URL Berth printed at start (or run `npm run berth -- url`), or send Authorization: Bearer <key>";
}

export function sessionCookie(value: string, opts: { secure?: boolean } = {}): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_MAX_AGE_MS / 1000}${opts.secure ? "; Secure" : ""}`;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string) {
  res.writeHead(status, {
    ...STATIC_SECURITY_HEADERS,
    "Content-Security-Policy": contentSecurityPolicy(newNonce()),
    "Cache-Control": "no-store",
    ...headers,
  });
  res.end(res.req?.method === "HEAD" ? undefined : body);
}

export function sendUnauthorized(res: ServerResponse, config: AuthConfig) {
  send(res, 401, { "Content-Type": "application/json" }, JSON.stringify(errorBody("unauthorized", unauthorizedMessage(config))));
}

/** `/x?token=…&y=1` → `/x?y=1`: where the browser goes once the key became a cookie. */
function withoutToken(url: URL): string {
  url.searchParams.delete("token");
  const query = url.searchParams.toString();
  return `${url.pathname}${query ? `?${query}` : ""}`;
}

/**
 * Lets the request on (returns its principal, or null for a public one) or answers it itself (returns undefined):
 * the key screen, the sign-in redirect, the key-to-cookie exchange, or 401.
 */
export function gateSignIn(req: IncomingMessage, res: ServerResponse, config: AuthConfig): Principal | null | undefined {
  const method = (req.method ?? "GET").toUpperCase();
  const readings = pathReadings(req.url);
  if (!readings) {
    sendUnauthorized(res, config);
    return undefined;
  }
  if (isStaticAsset(readings)) return null;
  const url = new URL(req.url ?? "/", "http://berth.invalid");
  const page = isPageRequest(method, readings);
  // Behind a trusted proxy serving https the cookie is Secure: the browser never sends it over plain http.
  const client = clientView(req.socket.remoteAddress, req.headers, { trustedProxies: config.trustedProxies ?? [] }, "encrypted" in req.socket && Boolean(req.socket.encrypted));
  const cookie = (value: string) => sessionCookie(value, { secure: client.https });

  // The printed URL: the key becomes a session cookie and leaves the address bar (and the history).
  const token = url.searchParams.get("token");
  if (page && token !== null && config.mode === "local" && !config.authOff) {
    if (!isLocalKey(token)) {
      send(res, 401, { "Content-Type": "text/html; charset=utf-8" }, keyScreenHtml({ action: url.pathname, wrongKey: true }));
      return undefined;
    }
    const secret = createSession("local", { address: client.address });
    send(res, 303, { Location: withoutToken(url), "Set-Cookie": cookie(secret) }, "");
    return undefined;
  }

  // Single sign-on's start and callback (team mode with BERTH_OIDC_ISSUER): reached without a session.
  const oidc = config.mode === "team" && !config.authOff ? oidcConfig() : undefined;
  const oidcPath = oidc && oidcRoute(method, readings);
  if (oidc && oidcPath) {
    void handleOidc(req, res, send, cookie, oidc, oidcPath).catch((err) => {
      console.error("[berth] single sign-on failed:", err instanceof Error ? err.message : "unknown error");
      if (!res.headersSent) send(res, 500, { "Content-Type": "application/json" }, JSON.stringify(errorBody("internal", "Internal server error")));
    });
    return undefined;
  }

  const principal = authenticate(req.headers, config);
  if (signInPath(readings, config)) {
    void handleSignIn(req, res, send, cookie, principal, client.address).catch((err) => {
      console.error("[berth] sign-in failed:", err);
      if (!res.headersSent) send(res, 500, { "Content-Type": "application/json" }, JSON.stringify(errorBody("internal", "Internal server error")));
    });
    return undefined;
  }
  if (principal) return principal;
  if (isPublic(method, readings)) return null;
  if (!page) {
    sendUnauthorized(res, config);
  } else if (config.mode === "team") {
    send(res, 303, { Location: `/login?next=${encodeURIComponent(url.pathname + url.search)}` }, "");
  } else {
    send(res, 401, { "Content-Type": "text/html; charset=utf-8" }, keyScreenHtml({ action: url.pathname }));
  }
  return undefined;
}
