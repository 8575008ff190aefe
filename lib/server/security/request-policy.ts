import "server-only";
import type { BerthConfig } from "@/lib/server/config";

// One policy for every way into Berth — pages, API routes and the socket.io handshake — because the
// Docker socket behind it is root on the host. Pure functions of the request headers, so they are
// unit-tested and shared by server.ts and the route wrapper.

export type PolicyVerdict = { ok: true } | { ok: false; status: 403 | 421; code: string; message: string };

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** "Example.com:3000" → "example.com"; "[::1]:3000" → "[::1]". */
export function hostName(hostHeader: string): string {
  const h = hostHeader.trim().toLowerCase();
  if (h.startsWith("[")) {
    const end = h.indexOf("]");
    return end === -1 ? h : h.slice(0, end + 1);
  }
  const colon = h.lastIndexOf(":");
  return colon === -1 ? h : h.slice(0, colon);
}

export function checkHost(headers: HeaderBag, config: Pick<BerthConfig, "allowedHosts">): PolicyVerdict {
  const host = header(headers, "host");
  if (host && config.allowedHosts.includes(hostName(host))) return { ok: true };
  return {
    ok: false,
    status: 421,
    code: "misdirected_request",
    message: `Host "${host ?? ""}" is not one of this server's names; set BERTH_ALLOWED_HOSTS to allow it`,
  };
}

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isMutating(method: string | undefined): boolean {
  return MUTATING.has((method ?? "GET").toUpperCase());
}

/**
 * The request comes from this server's own pages: Origin, when sent, names the same host the request
 * was sent to (the Host header has already been checked against our names), and the browser does not
 * mark it as cross-site.
 */
export function checkOrigin(headers: HeaderBag): PolicyVerdict {
  const refuse = (message: string): PolicyVerdict => ({ ok: false, status: 403, code: "cross_origin", message });
  if (header(headers, "sec-fetch-site") === "cross-site") return refuse("Cross-site requests are refused");
  const origin = header(headers, "origin");
  if (origin === undefined) return { ok: true }; // Non-browser clients (curl, scripts) send no Origin.
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return refuse(`Origin "${origin}" is not this server's origin`);
  }
  const host = header(headers, "host")?.toLowerCase();
  const sameHost = url.host.toLowerCase() === host;
  if (!sameHost || (url.protocol !== "http:" && url.protocol !== "https:")) {
    return refuse(`Origin "${origin}" is not this server's origin`);
  }
  return { ok: true };
}

/** Host for every request; Origin for state-changing ones and for the socket.io handshake. */
export function checkRequest(
  method: string | undefined,
  headers: HeaderBag,
  config: Pick<BerthConfig, "allowedHosts">,
  opts: { alwaysCheckOrigin?: boolean } = {},
): PolicyVerdict {
  const host = checkHost(headers, config);
  if (!host.ok) return host;
  if (opts.alwaysCheckOrigin || isMutating(method)) return checkOrigin(headers);
  return { ok: true };
}
