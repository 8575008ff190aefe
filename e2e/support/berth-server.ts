import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";
import { authHeaders, DATA_DIR } from "./auth";
import { sleep } from "./wait";
import { SERVER_NODE_FLAGS } from "../../scripts/server-node-flags.mjs";

// A Berth server of a test's (or a bench's) own, in a process of its own: the production build, on 127.0.0.1.

export interface BerthServer {
  base: string;
  /** The node process that serves (not an npx wrapper): its /proc entry is what benches measure. */
  pid: number;
  stop: () => void;
  /** Settles when the process has exited. */
  exited: Promise<void>;
}


/** `fetch` of a path on a Berth the tests started, signed in with the key. */
export function berthFetch(base: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${base}${path}`, { ...init, headers: { ...authHeaders(), ...(init.headers as Record<string, string> | undefined) } });
}

/**
 * Starts the compiled server (scripts/serve.mjs) on 127.0.0.1:`port` and resolves once it answers with the engine reachable. `env` goes on top of
 * this process's environment (e.g. DOCKER_HOST of a counting proxy, for the server only).
 */
export async function startBerth(
  port: number,
  env: Record<string, string> = {},
  opts: { headers?: Record<string, string>; /** Where the server's stdout and stderr go (a test that reads its log). */ logFile?: string } = {},
): Promise<BerthServer> {
  const log = opts.logFile ? openSync(opts.logFile, "a") : "ignore";
  const child: ChildProcess = spawn(process.execPath, [...SERVER_NODE_FLAGS, "scripts/serve.mjs"], {
    env: { ...process.env, BERTH_DATA_DIR: DATA_DIR, ...env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: ["ignore", log, log],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const base = `http://127.0.0.1:${port}`;
  const stop = () => void child.kill("SIGTERM");
  for (let i = 0; i < 300; i++) {
    try {
      // A team-mode Berth has no key: its caller brings an API token.
      const res = await fetch(`${base}/api/health`, { headers: opts.headers ?? authHeaders() });
      if (res.ok && (await res.json()).reachable) return { base, pid: child.pid!, stop, exited };
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  stop();
  throw new Error("Berth's server did not start");
}
