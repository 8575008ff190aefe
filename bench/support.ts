// What every bench (and the README screenshot) needs: a guard that it runs in the sandbox, Berth's
// server in a process of its own, process figures from /proc, Chromium launched like the e2e suite.
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { STORAGE_STATE, writeStorageState } from "../e2e/support/auth";
import { CHROMIUM_ARGS } from "../e2e/support/chromium";

export { CHROMIUM_ARGS };
export const FIXTURE_IMAGE = process.env.BERTH_FIXTURE_IMAGE ?? "berth-fixture/busybox:latest";

/** Benches create and flood containers: never against the user's own engine. */
export function requireSandbox(script: string): void {
  if (!process.env.BERTH_SANDBOX_TOKEN) {
    console.error(`${script}: run it inside the sandbox (bash scripts/sandbox.sh run -- …), never against your own engine`);
    process.exit(2);
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function docker(...args: string[]): string {
  return execFileSync("docker", args, { encoding: "utf8" }).trim();
}

export { berthFetch, startBerth, type BerthServer } from "../e2e/support/berth-server";
export { authHeaders } from "../e2e/support/auth";
export { liveSocketHeaders } from "../e2e/support/server-process";
export { engineConnections, settledEngineConnections } from "../e2e/support/stats";

const CLK_TCK = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** utime + stime of a process in seconds (fields 14 and 15 of /proc/<pid>/stat). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

export { rssKiB } from "../e2e/support/server-process";

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

/** One line of latency figures: `label  p50 … ms  p95 … ms  max … ms  (n=…)`. */
export function printLatency(label: string, xs: number[]) {
  console.log(
    `${label.padEnd(34)} p50 ${percentile(xs, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(xs, 95).toFixed(0).padStart(5)} ms   max ${Math.max(...xs).toFixed(0).padStart(5)} ms   (n=${xs.length})`,
  );
}

/** A Chromium page signed in to the Berth at `base` with the key, as the e2e suite's pages are. */
export async function signedInPage(browser: Browser, base: string, opts: BrowserContextOptions = {}): Promise<Page> {
  await writeStorageState(base);
  const context = await browser.newContext({ ...opts, storageState: STORAGE_STATE });
  return context.newPage();
}

/** One row of issue 13's table: what Berth measured, what it was measured against, the target and whether it is met. */
export interface Figure {
  figure: string;
  berth: string;
  anchor: string;
  target: string;
  met: boolean;
  /** When missed: why, and what would fix it. */
  why?: string;
}

/**
 * Prints a figure as one `FIGURE {json}` line: `npm run bench` (bench/results.ts) gathers these lines from every bench
 * into the table at the top of bench/RESULTS.md, so the table and the figures under it come from the same run.
 */
export function reportFigure(figure: Figure): void {
  console.log(`FIGURE ${JSON.stringify(figure)}`);
}
