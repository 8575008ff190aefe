import "server-only";
import Docker from "dockerode";
import { dockerEndpointFromEnv } from "@/lib/server/config";

// server.ts (run by tsx) and the route handlers (bundled by Next) load separate copies of this module
// in one process. Keeping the client on globalThis gives both the same connection pool and state.
const KEY = Symbol.for("berth.docker.client");
type Holder = { [KEY]?: Docker };

export function docker(): Docker {
  const g = globalThis as Holder;
  // docker-modem reads DOCKER_HOST (unix, tcp, ssh, TLS vars) itself; we only describe it.
  g[KEY] ??= new Docker();
  return g[KEY];
}

export function engineEndpoint(): string {
  return dockerEndpointFromEnv();
}
