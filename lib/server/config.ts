// Settings come from the environment only, read once per process, by server.ts and the route handlers.
import "server-only";

export interface BerthConfig {
  port: number;
  host: string;
  /** Host names (without port) a request's Host header may carry. Anything else is DNS rebinding. */
  allowedHosts: string[];
  /** What the engine endpoint is, in words, for the banner and the start-up line. */
  dockerEndpoint: string;
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
  const allowedHosts = [...new Set([...LOOPBACK_NAMES, ...bound, ...extra])];
  return { port, host, allowedHosts, dockerEndpoint: dockerEndpointFromEnv(env) };
}

/**
 * Where Berth keeps what it must remember across restarts (added registries, logins the user asked to
 * remember): `BERTH_DATA_DIR`, else `$XDG_CONFIG_HOME/berth`, else `~/.config/berth`.
 */
export function dataDirFromEnv(env: Env = process.env, home: string = env.HOME ?? ""): string {
  const explicit = env.BERTH_DATA_DIR?.trim();
  if (explicit) return explicit;
  const xdg = env.XDG_CONFIG_HOME?.trim();
  const base = xdg || `${(home || "/root").replace(/\/+$/, "")}/.config`;
  return `${base}/berth`;
}
