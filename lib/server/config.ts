// Settings come from the environment only, read once per process, by server.ts and the route handlers.
import "server-only";
import { hostName } from "@/lib/server/security/host-name";
import { parsePublicUrl, parseTrustedProxies } from "@/lib/server/security/trusted-proxy";

export interface BerthConfig {
  port: number;
  host: string;
  /** Host names (without port) a request's Host header may carry. Anything else is DNS rebinding. */
  allowedHosts: string[];
  /** What the engine endpoint is, in words, for the banner and the start-up line. */
  dockerEndpoint: string;
  /** `local` (one key, everyone who holds it is admin) or `team` (accounts with roles). */
  mode: "local" | "team";
  /** BERTH_AUTH=off: no key asked (refused at start unless the bind address is loopback). */
  authOff: boolean;
  /** BERTH_TRUSTED_PROXY: proxies whose X-Forwarded-For/-Proto/-Host count (lib/server/security/trusted-proxy.ts). */
  trustedProxies: string[];
  /** BERTH_PUBLIC_URL's origin: accepted by the Origin check, its host name by the Host check. */
  publicOrigin?: string;
}

type Env = Record<string, string | undefined>;

const LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]", "::1"];

export function dockerEndpointFromEnv(env: Env = process.env): string {
  const host = env.DOCKER_HOST?.trim();
  return host ? host : "unix:///var/run/docker.sock";
}

export function readConfig(env: Env = process.env): BerthConfig {
  const port = Number.parseInt(env.PORT ?? "3000", 10);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a number from 0 to 65535, got "${env.PORT}"`);
  }
  const host = (env.HOST ?? "127.0.0.1").trim() || "127.0.0.1";
  const extra = (env.BERTH_ALLOWED_HOSTS ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
  // A wildcard bind address is not a name anyone browses to; the machine's real names must be listed.
  const bound = host === "0.0.0.0" || host === "::" ? [] : [host.toLowerCase()];
  const publicOrigin = parsePublicUrl(env.BERTH_PUBLIC_URL);
  const publicHost = publicOrigin ? [hostName(new URL(publicOrigin).host)] : [];
  const allowedHosts = [...new Set([...LOOPBACK_NAMES, ...bound, ...extra, ...publicHost])];
  const mode = (env.BERTH_MODE ?? "local").trim().toLowerCase() || "local";
  if (mode !== "local" && mode !== "team") throw new Error(`BERTH_MODE must be "local" or "team", got "${env.BERTH_MODE}"`);
  const authOff = (env.BERTH_AUTH ?? "").trim().toLowerCase() === "off";
  const trustedProxies = parseTrustedProxies(env.BERTH_TRUSTED_PROXY);
  return { port, host, allowedHosts, dockerEndpoint: dockerEndpointFromEnv(env), mode, authOff, trustedProxies, publicOrigin };
}

/** 127.0.0.0/8, ::1, localhost: only this machine can reach it (its users and host-network containers still can). */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Why Berth must not start with these settings, in words that say how to fix it; undefined when it may. A key
 * (local mode) is one secret for everyone who can reach the port, so other addresses need team mode's accounts.
 */
export function startRefusal(config: Pick<BerthConfig, "host" | "mode" | "authOff">): string | undefined {
  const loopback = isLoopbackHost(config.host);
  if (config.authOff && !loopback) {
    return `BERTH_AUTH=off is only allowed on a loopback address (HOST=127.0.0.1), not HOST=${config.host}: anyone who reaches the port would get root on this host`;
  }
  if (config.authOff && config.mode === "team") return "BERTH_AUTH=off cannot be combined with BERTH_MODE=team";
  if (!loopback && config.mode !== "team") {
    return (
      `refusing to listen on HOST=${config.host}: outside loopback Berth needs accounts. Turn team mode on with ` +
      `BERTH_MODE=team, create the first admin with \`npm run berth -- user add NAME --role admin\`, then start again ` +
      `(or keep HOST=127.0.0.1)`
    );
  }
  return undefined;
}

/**
 * Where Berth keeps what it must remember across restarts (its key, accounts, sessions, the audit log, added
 * registries, logins the user asked to remember): `BERTH_DATA_DIR`, else `$XDG_CONFIG_HOME/berth`, else `~/.config/berth`.
 */
export function dataDirFromEnv(env: Env = process.env, home: string = env.HOME ?? ""): string {
  const explicit = env.BERTH_DATA_DIR?.trim();
  if (explicit) return explicit;
  const xdg = env.XDG_CONFIG_HOME?.trim();
  const base = xdg || `${(home || "/root").replace(/\/+$/, "")}/.config`;
  return `${base}/berth`;
}
