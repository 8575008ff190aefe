import "server-only";
import { BlockList, isIP } from "node:net";

// Behind a reverse proxy every request comes from the proxy's address, over plain http. BERTH_TRUSTED_PROXY names
// the proxies (addresses or CIDRs) whose X-Forwarded-For / -Proto / -Host Berth believes; from any other peer those
// headers are the client's own words and are ignored. One answer for the HTTP gate, the route wrapper, the sign-in
// (audit address, rate limit, the cookie's Secure) and the socket.io handshake.

type HeaderBag = Record<string, string | string[] | undefined> | Headers;

export interface ProxyConfig {
  /** Proxies whose X-Forwarded-* headers count (addresses or CIDRs, as given). */
  trustedProxies: string[];
  /** BERTH_PUBLIC_URL's origin (`https://berth.example.com`): accepted by the Origin check besides loopback. */
  publicOrigin?: string;
}

/** The header the route handlers read the caller's address from (Next's request has no socket). */
export const CLIENT_ADDRESS_HEADER = "x-berth-client-address";
/** The direct peer's address, set by the gate over whatever a client sent under that name. */
export const PEER_ADDRESS_HEADER = "x-berth-peer-address";

/** `::ffff:10.0.0.1` (an IPv4 peer on a dual-stack socket) → `10.0.0.1`. */
function plain(address: string): string {
  const a = address.trim().replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(a);
  return mapped ? mapped[1]! : a;
}

/** BERTH_TRUSTED_PROXY's entries, each checked: a typo must stop the start, not trust nobody silently. */
export function parseTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split("/");
    const family = isIP(plain(address ?? ""));
    const max = family === 6 ? 128 : 32;
    const ok = family !== 0 && rest.length === 0 && (prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= max));
    if (!ok) throw new Error(`BERTH_TRUSTED_PROXY: "${entry}" is not an IP address or CIDR (e.g. 127.0.0.1, 10.0.0.0/8, ::1)`);
  }
  return entries;
}

/** BERTH_PUBLIC_URL as an origin, checked. */
export function parsePublicUrl(value: string | undefined): string | undefined {
  const raw = value?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`BERTH_PUBLIC_URL must be a URL such as https://berth.example.com, got "${raw}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`BERTH_PUBLIC_URL must be http:// or https://, got "${raw}"`);
  return url.origin;
}

const lists = new Map<string, BlockList>();

function blockList(entries: string[]): BlockList {
  const key = entries.join(",");
  let list = lists.get(key);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const [address, prefix] = entry.split("/");
      const a = plain(address!);
      const type = isIP(a) === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) list.addAddress(a, type);
      else list.addSubnet(a, Number(prefix), type);
    }
    lists.set(key, list);
  }
  return list;
}

export function isTrustedProxy(address: string | undefined, entries: string[]): boolean {
  if (!address || entries.length === 0) return false;
  const a = plain(address);
  const family = isIP(a);
  return family !== 0 && blockList(entries).check(a, family === 6 ? "ipv6" : "ipv4");
}

function header(headers: HeaderBag, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const v = headers[name];
  return Array.isArray(v) ? v.join(", ") : v;
}

function list(value: string | undefined): string[] {
  return (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);
}

export interface ClientView {
  /** Who the client is: the forwarded address when a trusted proxy says so, else the peer. */
  address: string | undefined;
  /** The client's scheme is https (a trusted proxy says so, or the socket is TLS): the cookie gets Secure. */
  https: boolean;
  /** The Host the client asked for: X-Forwarded-Host from a trusted proxy, else the Host header. */
  host: string | undefined;
  /** The request came through a trusted proxy. */
  forwarded: boolean;
}

/**
 * The client as Berth should see it. X-Forwarded-For is read from the right: each trusted proxy appends the
 * address it saw, so the first one from the right that is not a trusted proxy is the client (what is left of it
 * the client could have written itself).
 */
export function clientView(peer: string | undefined, headers: HeaderBag, config: Pick<ProxyConfig, "trustedProxies">, encrypted = false): ClientView {
  const host = header(headers, "host");
  if (!isTrustedProxy(peer, config.trustedProxies)) return { address: peer && plain(peer), https: encrypted, host, forwarded: false };
  const chain = list(header(headers, "x-forwarded-for")).map(plain);
  let address = peer && plain(peer);
  for (let i = chain.length - 1; i >= 0; i--) {
    address = chain[i];
    if (!isTrustedProxy(chain[i], config.trustedProxies)) break;
  }
  const proto = list(header(headers, "x-forwarded-proto"))[0]?.toLowerCase();
  const forwardedHost = list(header(headers, "x-forwarded-host"))[0];
  return { address, https: proto ? proto === "https" : encrypted, host: forwardedHost ?? host, forwarded: true };
}
