import { execFileSync } from "node:child_process";
import { dockerCli, FIXTURE_IMAGE } from "./docker-cli";

// Engine-side checks for the stats hub: how many connections the Berth server process holds to the
// engine's socket. The events stream is one; each engine stats stream adds one; idle keep-alive
// sockets from API calls come and go (Node drops them after 5 s idle), so callers poll.

/** A container whose only process spins a CPU. */
export function runBusyLoop(name: string): string {
  return dockerCli("run", "-d", "--name", name, FIXTURE_IMAGE, "sh", "-c", "trap 'exit 0' TERM; while :; do :; done");
}

function dockerSocketPath(): string {
  const host = process.env.DOCKER_HOST ?? "";
  if (!host.startsWith("unix://")) throw new Error(`the stats e2e needs a unix DOCKER_HOST, got ${host}`);
  return host.slice("unix://".length);
}

/** The pid of the process listening on `port` (the Berth server Playwright started). */
export function listenerPid(port: number): number {
  const out = execFileSync("ss", ["-Hltnp", `sport = :${port}`], { encoding: "utf8" });
  const match = /pid=(\d+)/.exec(out);
  if (!match) throw new Error(`nothing listens on port ${port}: ${out}`);
  return Number(match[1]);
}

/** Unix stream connections from process `pid` to the engine's socket, read from `ss -xp`. */
export function engineConnections(pid: number): number {
  const path = dockerSocketPath();
  const rows = execFileSync("ss", ["-Hxp"], { encoding: "utf8", maxBuffer: 32 * 1024 * 1024 })
    .split("\n")
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[0] === "u_str" && cols[1] === "ESTAB");
  // Columns: Netid State Recv-Q Send-Q Local-Address Local-Port(inode) Peer-Address Peer-Port(inode) [users]
  const engineSide = new Set(rows.filter((c) => c[4] === path).map((c) => c[5]));
  return rows.filter((c) => (c[8] ?? "").includes(`pid=${pid},`) && engineSide.has(c[7]!)).length;
}

/** The count once it has held still for `stableMs` (longer than Node's keep-alive idle timeout). */
export async function settledEngineConnections(pid: number, stableMs = 6000, timeoutMs = 30_000): Promise<number> {
  const start = Date.now();
  let value = engineConnections(pid);
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, 250));
    const now = engineConnections(pid);
    if (now !== value) {
      value = now;
      since = Date.now();
    } else if (Date.now() - since >= stableMs) {
      return value;
    }
  }
  throw new Error(`engine connections of pid ${pid} did not settle (last ${value})`);
}

/** `docker top` PIDs, the ground truth for the Processes tab. */
export function dockerTopPids(name: string): string[] {
  const lines = dockerCli("top", name).split("\n");
  const titles = lines[0]!.trim().split(/\s+/);
  const pidCol = titles.indexOf("PID");
  return lines
    .slice(1)
    .filter(Boolean)
    .map((l) => l.trim().split(/\s+/)[pidCol]!)
    .sort();
}
