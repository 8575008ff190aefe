// `npm run bench`: every bench of this folder, one after another in one sandbox run, their figures written to
// bench/RESULTS.md with the machine and the date (each bench prints Berth's figure beside the engine's or the
// docker CLI's, measured in the same run). BENCH_ONLY=scale,js picks some.
import { execFileSync, spawn } from "node:child_process";
import { cpus, loadavg, totalmem } from "node:os";
import { writeFileSync } from "node:fs";
import { requireSandbox, type Figure } from "./support";

requireSandbox("bench/results");

const BENCHES: { id: string; file: string; what: string; env?: Record<string, string> }[] = [
  { id: "scale", file: "bench/scale.ts", what: "5,000 containers: list endpoints vs the engine, page load, server memory", env: { SCALE_N: process.env.SCALE_N ?? "5000" } },
  { id: "js", file: "bench/first-load-js.ts", what: "first-load JS per page (gzip)" },
  { id: "start", file: "bench/start-footprint.ts", what: "processes and memory of npm start, idle" },
  { id: "stats", file: "bench/stats-fanout.ts", what: "stats fan-out, 50 containers × 20 browsers vs docker stats" },
  { id: "logs", file: "bench/log-flood.ts", what: "log flood: lines/s per browser vs docker logs -f" },
  { id: "events", file: "bench/events-latency.ts", what: "engine start event → row on the Events screen" },
  { id: "live", file: "bench/live-latency.ts", what: "docker run → name in an open page" },
  { id: "disk", file: "bench/disk-fanout.ts", what: "system df calls per burst of container events, 0–5 tabs" },
];

const FIGURE_PREFIX = "FIGURE ";
const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

/** Issue 13's table, filled from the `FIGURE` lines the benches printed in this run (bench/support.ts reportFigure). */
function figureTable(figures: { bench: string; figure: Figure }[]): string {
  const rows = figures.map(({ bench, figure: f }) =>
    `| ${cell(f.figure)} | ${cell(f.berth)} | ${cell(f.anchor)} | ${cell(f.target)} | ${f.met ? "met" : `**missed**${f.why ? `: ${cell(f.why)}` : ""}`} | ${bench} |`,
  );
  return [
    "## Figures against issue 13's targets",
    "",
    "| figure | Berth | measured beside it | target | | bench |",
    "|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

function runBench(file: string, env: Record<string, string> = {}): Promise<{ out: string; code: number | null; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", file], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString();
      process.stdout.write(c);
    });
    child.stderr.on("data", (c: Buffer) => process.stderr.write(c));
    child.on("exit", (code) => resolve({ out, code, seconds: (Date.now() - started) / 1000 }));
  });
}

async function main() {
  const only = process.env.BENCH_ONLY?.split(",");
  // Two cores shared with whatever else runs: the load average beside the figures says how quiet the machine was.
  const loadAtStart = loadavg()[0]!;
  const engine = execFileSync("docker", ["version", "--format", "{{.Server.Version}} (API {{.Server.APIVersion}})"], { encoding: "utf8" }).trim();
  const sections: string[] = [];
  const figures: { bench: string; figure: Figure }[] = [];
  for (const bench of BENCHES.filter((b) => !only || only.includes(b.id))) {
    console.log(`\n=== bench ${bench.id}: ${bench.what}\n`);
    const { out, code, seconds } = await runBench(bench.file, bench.env);
    const lines = out.trim().split("\n");
    for (const line of lines.filter((l) => l.startsWith(FIGURE_PREFIX))) figures.push({ bench: bench.id, figure: JSON.parse(line.slice(FIGURE_PREFIX.length)) as Figure });
    const shown = lines.filter((l) => !l.startsWith(FIGURE_PREFIX)).join("\n");
    sections.push(
      `## ${bench.what}\n\n\`npm run bench:${bench.id}\` (${bench.file}), ${seconds.toFixed(0)} s${code === 0 ? "" : `, **exited with ${code}**`}\n\n\`\`\`\n${shown}\n\`\`\`\n`,
    );
  }
  const header = [
    "# Bench results",
    "",
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB,`,
    `Node ${process.version}, the sandbox engine Docker ${engine}. Each bench measures Berth and the engine or the docker CLI in the same run.`,
    `Load average (1 min) ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end: figures taken on a busier machine are worse.`,
    "The targets are issue 13's; the closing note of each session says which are met and why the others are not.",
    "",
  ].join("\n");
  writeFileSync("bench/RESULTS.md", `${header}\n${figureTable(figures)}\n${sections.join("\n")}`);
  console.log("\nwrote bench/RESULTS.md");
}

void main();
