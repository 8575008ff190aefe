// What `npm start` leaves running on an idle host: processes and resident memory, the way Berth starts now (one
// node process on the compiled server, scripts/start.mjs → scripts/serve.mjs) side by side with how it started
// before (npm exec → tsx → node + an esbuild service, compiling server.ts at every start), in one run.
// Run: npm run bench:start (inside the sandbox; needs a production build: npm run build).
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { SERVER_NODE_FLAGS } from "../scripts/server-node-flags.mjs";
import { reportFigure, requireSandbox, rssKiB, sleep } from "./support";

requireSandbox("bench/start-footprint.ts");

type Way = { label: string; cmd: string; args: string[] };
const WAYS: Way[] = [
  { label: "before: npx tsx server.ts", cmd: "npx", args: ["tsx", "server.ts"] },
  { label: "now: npm start", cmd: "npm", args: ["start", "--silent"] },
  { label: "now: node scripts/serve.mjs", cmd: process.execPath, args: [...SERVER_NODE_FLAGS, "scripts/serve.mjs"] },
];
const IDLE_MS = 10_000;

/** The pid's descendants (children of children…), from /proc. */
function descendants(pid: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, parent] of parentOf) if (parent === p) (out.push(child), walk(child));
  };
  walk(pid);
  return out;
}

function command(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).slice(0, 3).join(" ").slice(0, 60);
  } catch {
    return "?";
  }
}

async function waitUp(port: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).status < 500) return Date.now() - started;
    } catch {
      // not yet
    }
    if (Date.now() - started > 120_000) throw new Error("did not start");
    await sleep(100);
  }
}

async function measure(way: Way, port: number) {
  const child: ChildProcess = spawn(way.cmd, way.args, {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  const startMs = await waitUp(port);
  await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined);
  await sleep(IDLE_MS);
  const pids = [child.pid!, ...descendants(child.pid!)];
  const rows = pids.map((pid) => ({ pid, cmd: command(pid), rssMiB: rssKiB(pid) / 1024 })).filter((r) => Number.isFinite(r.rssMiB));
  const node = rows.filter((r) => /node|npm|npx|tsx/.test(r.cmd));
  // `npm start` is npm itself plus what its script runs: npm is the command the user typed, the rest is Berth's.
  const wrapper = rows.filter((r) => r.pid === child.pid && /^npm\b/.test(r.cmd));
  process.kill(-child.pid!, "SIGTERM");
  await new Promise((r) => child.once("exit", r));
  const berth = rows.filter((r) => !wrapper.includes(r));
  return {
    startMs,
    rows,
    nodeCount: node.length,
    berthCount: berth.length,
    total: rows.reduce((s, r) => s + r.rssMiB, 0),
    server: Math.max(...berth.map((r) => r.rssMiB)),
    npm: wrapper[0]?.rssMiB,
  };
}

async function main() {
const results = [];
for (const [i, way] of WAYS.entries()) results.push({ way, ...(await measure(way, 3290 + i)) });

console.log(`\nnpm start, idle ${IDLE_MS / 1000} s after the first page (processes in the tree and their resident memory)\n`);
console.log(`${"way".padEnd(30)} ${"up in".padStart(8)} ${"procs".padStart(6)} ${"node".padStart(5)} ${"largest".padStart(9)} ${"all".padStart(9)}`);
for (const r of results) {
  console.log(
    `${r.way.label.padEnd(30)} ${`${(r.startMs / 1000).toFixed(1)} s`.padStart(8)} ${String(r.rows.length).padStart(6)} ${String(r.nodeCount).padStart(5)} ${`${r.server.toFixed(0)} MB`.padStart(9)} ${`${r.total.toFixed(0)} MB`.padStart(9)}`,
  );
}
const before = results[0]!;
const now = results[1]!;
reportFigure({
  figure: "processes and memory of `npm start`, idle",
  berth: `${now.berthCount} process${now.berthCount === 1 ? "" : "es"} under npm's own (${now.npm?.toFixed(0) ?? "?"} MB), server ${now.server.toFixed(0)} MB, all ${now.total.toFixed(0)} MB`,
  anchor: `before (tsx): ${before.nodeCount} processes, server ${before.server.toFixed(0)} MB, all ${before.total.toFixed(0)} MB`,
  target: "one node process, ≤ 120 MB RSS",
  met: now.berthCount === 1 && now.server <= 120,
  why: now.server > 120 ? "Next's server bundle and the route modules it loads on the first page stay resident; see the per-process rows" : undefined,
});
for (const r of results) {
  console.log(`\n${r.way.label}:`);
  for (const row of r.rows) console.log(`  ${String(row.pid).padStart(7)}  ${row.rssMiB.toFixed(0).padStart(4)} MB  ${row.cmd}`);
}
}

void main();
