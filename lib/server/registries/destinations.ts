import "server-only";
import { BlockList, isIP } from "node:net";
import { networkInterfaces } from "node:os";
import { dockerEndpointFromEnv, readConfig } from "@/lib/server/config";
import { listenPort } from "@/lib/server/listen-port";
import { registryBaseUrl } from "./v2-protocol";

// Where Berth's own registry client (catalog, tags, token) may send a request. A registry is someone else's
// server, and what it answers — a redirect, a token realm, a pagination link — must not turn Berth into a way
// to reach what only Berth can reach: Berth's own API (which drives the engine), the engine's TCP port, this
// machine's loopback services, link-local addresses (cloud metadata). The rules are checked on the URL, and
// again on every address a host name resolves to when the socket connects (registry-transport.ts), so a
// name that resolves to 127.0.0.1 is loopback too.

export interface Guard {
  /** The port Berth listens on and every host name and address it answers to there. */
  berth: { port: number; hosts: string[] };
  /** The engine's TCP endpoint, when DOCKER_HOST is one (a unix socket cannot be reached over http). */
  engine?: { host: string; port: number };
}

export type HostScope = "loopback" | "link-local" | "other";

const LOOPBACK = new BlockList();
LOOPBACK.addSubnet("127.0.0.0", 8, "ipv4");
// Connecting to 0.0.0.0 (or ::) reaches this machine on Linux.
LOOPBACK.addSubnet("0.0.0.0", 8, "ipv4");
LOOPBACK.addAddress("::1", "ipv6");
LOOPBACK.addAddress("::", "ipv6");

const LINK_LOCAL = new BlockList();
LINK_LOCAL.addSubnet("169.254.0.0", 16, "ipv4");
LINK_LOCAL.addSubnet("fe80::", 10, "ipv6");

/** One spelling per host: "[::1]" → "::1", "LocalHost." → "localhost", "::ffff:a00:5" → "10.0.0.5". */
export function bareHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith("[") && h.endsWith("]")) h = h.slice(1, -1);
  if (h.endsWith(".")) h = h.slice(0, -1);
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(h);
  if (hex) {
    const hi = Number.parseInt(hex[1]!, 16);
    const lo = Number.parseInt(hex[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  const dotted = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(h);
  return dotted ? dotted[1]! : h;
}

/** Loopback by address or by name (`localhost`, `*.localhost`, RFC 6761), link-local by address. */
export function hostScope(host: string): HostScope {
  const h = bareHost(host);
  if (h === "localhost" || h.endsWith(".localhost")) return "loopback";
  const family = isIP(h);
  if (!family) return "other";
  const type = family === 6 ? "ipv6" : "ipv4";
  if (LOOPBACK.check(h, type)) return "loopback";
  if (LINK_LOCAL.check(h, type)) return "link-local";
  return "other";
}

export function portOf(url: URL): number {
  return url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
}

/** Why `host:port` is Berth itself or the engine, or undefined. */
export function ownEndpoint(host: string, port: number, guard: Guard): string | undefined {
  const h = bareHost(host);
  const loopback = hostScope(h) === "loopback";
  if (port === guard.berth.port && (loopback || guard.berth.hosts.includes(h))) return `that is Berth itself (port ${port})`;
  const engine = guard.engine;
  if (engine && port === engine.port && (h === engine.host || (loopback && hostScope(engine.host) === "loopback"))) {
    return `that is the Docker engine's API (port ${port})`;
  }
  return undefined;
}

export interface Destination {
  /** A name from a URL or an address it resolved to. */
  host: string;
  port: number;
  /** Whether the request goes to the registry's own origin: that may be wherever the user said the registry is. */
  registryOrigin: boolean;
  /** The scope of the registry's own host: a token server may share it (a loopback registry, a loopback realm). */
  registryScope: HostScope;
}

/** Why Berth must not send this request, or undefined. */
export function destinationProblem(d: Destination, guard: Guard): string | undefined {
  const own = ownEndpoint(d.host, d.port, guard);
  if (own) return own;
  if (d.registryOrigin) return undefined;
  const scope = hostScope(d.host);
  if (scope === "loopback" && d.registryScope !== "loopback") return "that is this machine's loopback and the registry is not on loopback";
  if (scope === "link-local" && d.registryScope !== "link-local") return "that is a link-local address (such as a cloud metadata service) and the registry is not";
  return undefined;
}

/** `tcp://host:port` (or http/https) from DOCKER_HOST; undefined for a unix socket, a named pipe or ssh. */
export function engineTcpEndpoint(endpoint: string, tlsVerify?: string): Guard["engine"] {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return undefined;
  }
  if (!["tcp:", "http:", "https:"].includes(url.protocol) || !url.hostname) return undefined;
  const tls = url.protocol === "https:" || (!!tlsVerify && tlsVerify !== "0");
  return { host: bareHost(url.hostname), port: url.port ? Number(url.port) : tls ? 2376 : 2375 };
}

/** The rules for this process: Berth's port and names (with every interface address when bound to all), the engine. */
export function currentGuard(env: Record<string, string | undefined> = process.env): Guard {
  const config = readConfig(env);
  const hosts = new Set([...config.allowedHosts, config.host].map(bareHost));
  if (config.host === "0.0.0.0" || config.host === "::") {
    for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) hosts.add(bareHost(a.address));
  }
  return {
    berth: { port: listenPort() ?? config.port, hosts: [...hosts] },
    engine: engineTcpEndpoint(dockerEndpointFromEnv(env), env.DOCKER_TLS_VERIFY),
  };
}

/** Why a registry address the user adds is Berth's own port or the engine's, or undefined. */
export function registryAddressRefusal(address: string, guard: Guard = currentGuard()): string | undefined {
  const url = new URL(registryBaseUrl(address));
  return ownEndpoint(url.hostname, portOf(url), guard);
}
