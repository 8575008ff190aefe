import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { io, type Socket } from "socket.io-client";
import { engineConnections } from "./stats";
import { authHeaders } from "./auth";

// The Berth server process as the live-limit specs (and benches) measure it: its memory, and the connections it holds
// to the engine while a test floods its sockets.

const run = promisify(execFile);

export function rssKiB(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : NaN;
}

export const rssMiB = (pid: number) => rssKiB(pid) / 1024;

/** Like stats.ts's engineConnections, without blocking this process: the sockets of the test keep being served. */
async function engineConnectionsAsync(pid: number): Promise<number> {
  const path = (process.env.DOCKER_HOST ?? "").replace(/^unix:\/\//, "");
  const { stdout } = await run("ss", ["-Hxp"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const rows = stdout
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[0] === "u_str" && cols[1] === "ESTAB");
  const engineSide = new Set(rows.filter((c) => c[4] === path).map((c) => c[5]));
  return rows.filter((c) => (c[8] ?? "").includes(`pid=${pid},`) && engineSide.has(c[7]!)).length;
}

/**
 * Samples the server's engine connections (and RSS) while `work` runs, and returns the peaks with its result. The
 * first sample is taken before `work` starts.
 */
export async function peaksDuring<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; connections: number; rssMiB: number }> {
  let connections = engineConnections(pid);
  let rss = rssMiB(pid);
  let done = false;
  const sampler = (async () => {
    while (!done) {
      connections = Math.max(connections, await engineConnectionsAsync(pid).catch(() => 0));
      rss = Math.max(rss, rssMiB(pid));
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  try {
    const result = await work();
    return { result, connections, rssMiB: rss };
  } finally {
    done = true;
    await sampler;
  }
}

/** What a script's socket.io client sends: same origin (the handshake demands it) and the key. */
export function liveSocketHeaders(base: string): Record<string, string> {
  return { Origin: base, ...authHeaders() };
}

/** A socket.io client as a script would open one: same origin, signed in (the key, or `headers`), no reconnecting. */
export function liveSocket(base: string, headers: Record<string, string> = liveSocketHeaders(base)): Promise<Socket> {
  const socket = io(base, { transports: ["websocket"], extraHeaders: headers, forceNew: true, reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

export type LiveAnswer = { ok: boolean; code?: string; message?: string; id?: string; [k: string]: unknown };

/**
 * Emits `event` once per payload, as fast as the client goes, and collects each ack. Resolves once every one was
 * answered or the server cut the socket off (then the unanswered ones are `undefined`), with the disconnect reason.
 */
export function flood(socket: Socket, event: string, payloads: unknown[]): Promise<{ answers: (LiveAnswer | undefined)[]; disconnect?: string }> {
  const answers: (LiveAnswer | undefined)[] = new Array(payloads.length).fill(undefined);
  let pending = payloads.length;
  return new Promise((resolve) => {
    const finish = (disconnect?: string) => resolve({ answers, disconnect });
    socket.once("disconnect", (reason) => setTimeout(() => finish(reason), 200));
    payloads.forEach((payload, i) =>
      socket.emit(event, payload, (answer: LiveAnswer) => {
        answers[i] = answer;
        if (--pending === 0) finish(socket.connected ? undefined : "disconnected");
      }),
    );
  });
}

export function tally(answers: (LiveAnswer | undefined)[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const a of answers) {
    const key = a === undefined ? "unanswered" : a.ok ? "ok" : String(a.code);
    out[key] = (out[key] ?? 0) + 1;
  }
  return out;
}
