import "server-only";
import { processWide } from "@/lib/server/process-state";

// The port Berth's server actually listens on. Usually PORT, but PORT=0 lets the OS pick one, and only
// server.ts learns which: it records it here (process-wide, since the route bundles load their own copy
// of every module) so the registry client can refuse to be sent back to Berth itself.

const state = () => processWide("listen-port", () => ({ port: undefined as number | undefined }));

export function recordListenPort(port: number): void {
  state().port = port;
}

/** The recorded port, or undefined before server.ts has listened (unit tests, build time). */
export function listenPort(): number | undefined {
  return state().port;
}
