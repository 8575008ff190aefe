import "server-only";
import type { BerthConfig } from "@/lib/server/config";
import type { Principal } from "@/lib/shared/auth/roles";
import { isLocalKey } from "./local-key";
import { SESSION_COOKIE, sessionPrincipal } from "./sessions";
import { tokenPrincipal } from "./api-tokens";

// Who sent a request, from its headers alone — the same answer for a page (server.ts), an API route (the wrapper)
// and a socket.io handshake: the session cookie a browser got by signing in, or `Authorization: Bearer` (local
// mode: the key; team mode: a user's API token). Null: nobody Berth knows.

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v.join(name === "cookie" ? "; " : ", ") : v;
}

/** The value of cookie `name` in a Cookie header, if present. */
export function cookieValue(cookieHeader: string | undefined, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1 || part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

export function bearerToken(headers: HeaderBag): string | undefined {
  const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(header(headers, "authorization") ?? "");
  return m?.[1];
}

export const AUTH_OFF_PRINCIPAL: Principal = { name: "anyone (BERTH_AUTH=off)", role: "admin", via: "off" };

export function authenticate(headers: HeaderBag, config: Pick<BerthConfig, "mode" | "authOff">): Principal | null {
  if (config.authOff && config.mode === "local") return AUTH_OFF_PRINCIPAL;
  const bearer = bearerToken(headers);
  if (bearer !== undefined) {
    if (config.mode === "local") return isLocalKey(bearer) ? { name: "local", role: "admin", via: "key" } : null;
    return tokenPrincipal(bearer);
  }
  const cookie = cookieValue(header(headers, "cookie"), SESSION_COOKIE);
  return cookie ? sessionPrincipal(cookie, config.mode) : null;
}
