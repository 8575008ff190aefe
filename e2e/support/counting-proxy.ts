import net from "node:net";
import { rmSync } from "node:fs";

// A unix-socket proxy in front of the engine that notes every request line passing through it: "N engine requests
// per call" or "one `system df` per burst" shows up as a count, not as a guess from timings. A Berth server started
// with DOCKER_HOST=unix://<socketPath> talks to the engine through it; the docker CLI of the test still goes straight
// to the engine. Used by bench/scale.ts, bench/disk-fanout.ts and e2e/disk-summary.spec.ts.

export interface EngineCall {
  method: string;
  /** As sent: `/v1.41/containers/json?all=1`. */
  path: string;
  /** Date.now() when the request line went through. */
  at: number;
}

export interface CountingProxy {
  socketPath: string;
  /** Every request so far, in order; slice it from a length noted earlier to count a span. */
  calls: EngineCall[];
  close(): Promise<void>;
}

const REQUEST_LINE = /^(GET|POST|PUT|DELETE|HEAD|PATCH) (\S+) HTTP\/1\.[01]$/;

export function startCountingProxy(engineSocket: string, socketPath: string): Promise<CountingProxy> {
  rmSync(socketPath, { force: true });
  const calls: EngineCall[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(engineSocket);
    sockets.add(client);
    let partial = "";
    client.on("data", (chunk: Buffer) => {
      const lines = (partial + chunk.toString("latin1")).split("\r\n");
      partial = lines.pop()!.slice(-300);
      for (const line of lines) {
        const m = REQUEST_LINE.exec(line);
        if (m) calls.push({ method: m[1]!, path: m[2]!, at: Date.now() });
      }
    });
    client.pipe(upstream).pipe(client);
    const drop = () => {
      sockets.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on("close", drop).on("error", drop);
    upstream.on("close", drop).on("error", drop);
  });
  return new Promise((resolve) =>
    server.listen(socketPath, () =>
      resolve({
        socketPath,
        calls,
        close: () =>
          new Promise<void>((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => {
              rmSync(socketPath, { force: true });
              done();
            });
          }),
      }),
    ),
  );
}

/** The engine's unix socket path from DOCKER_HOST (the sandbox always gives one). */
export function engineSocketPath(): string {
  const host = process.env.DOCKER_HOST ?? "";
  if (!host.startsWith("unix://")) throw new Error(`the counting proxy needs a unix DOCKER_HOST, not ${host || "none"}`);
  return host.slice("unix://".length);
}

/** `GET /v1.41/containers/4f1c…/json?size=1` → `GET /containers/:id/json`. */
export function callShape(c: EngineCall): string {
  const path = c.path
    .split("?")[0]!
    .replace(/^\/v[\d.]+/, "")
    .replace(/^\/(containers|images|volumes|networks)\/(?!json$|create$|prune$)[^/]+/, "/$1/:id");
  return `${c.method} ${path}`;
}

/** `docker system df`: the engine's most expensive read. */
export function isSystemDf(c: EngineCall): boolean {
  return callShape(c) === "GET /system/df";
}

/** "12 engine req (4× GET /containers/json, …)", each count divided by `per` (calls per something). */
export function describeCalls(calls: EngineCall[], per = 1): string {
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(callShape(c), (counts.get(callShape(c)) ?? 0) + 1);
  const fmt = (n: number) => (Number.isInteger(n / per) ? String(n / per) : (n / per).toFixed(1));
  const parts = [...counts].sort((a, b) => b[1] - a[1]).map(([shape, n]) => `${fmt(n)}× ${shape}`);
  return `${fmt(calls.length)} engine req${parts.length ? ` (${parts.join(", ")})` : ""}`;
}
