// What open tabs cost the engine in `system df` (its most expensive read) when containers come and go.
// Run inside the sandbox: `npm run bench:disk` (needs a production build: `npx next build`).
// Berth talks to the engine through a counting proxy (e2e/support/counting-proxy.ts). For 0, 1, 3 and 5 Chromium
// tabs on the containers screen (DISK_TABS=0,1,3,5; DISK_SCREEN=/system for another screen), prints side by side:
// the df calls the tabs' page loads made, and for a burst of DISK_CONTAINERS (5) containers each created, started,
// stopped and removed at once (the engine's events counted with `docker events`), the df calls and all engine
// requests from the burst's start until DISK_SETTLE_MS (8000) after its end.
import { chromium, type Page } from "@playwright/test";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, FIXTURE_IMAGE, requireSandbox, signedInPage, sleep, startBerth } from "./support";
import { CHROMIUM_PATH } from "../e2e/support/chromium";
import { describeCalls, engineSocketPath, isSystemDf, startCountingProxy } from "../e2e/support/counting-proxy";

requireSandbox("bench/disk-fanout");

// Async on purpose: a blocking exec would freeze this process, and the proxy in it, while the tabs refetch.
const run = promisify(execFile);
const TABS = (process.env.DISK_TABS ?? "0,1,3,5").split(",").map(Number);
const CONTAINERS = Number(process.env.DISK_CONTAINERS ?? 5);
const SETTLE_MS = Number(process.env.DISK_SETTLE_MS ?? 8000);
const SCREEN = process.env.DISK_SCREEN ?? "/containers";
const PORT = Number(process.env.BENCH_PORT ?? 3197);
const TAG = `bench-disk-${process.pid}`;
const DIST_DIR = process.env.BERTH_DIST_DIR || ".next";

const docker = (...args: string[]) => run("docker", args).then((r) => r.stdout.trim());

/** One container's whole life, as fast as the CLI goes: create, network connect, start, kill, die, stop, destroy… */
async function lifeOf(name: string): Promise<void> {
  await docker("create", "--name", name, "--label", `${TAG}=1`, FIXTURE_IMAGE, "sleep", "600");
  await docker("start", name);
  await docker("stop", "-t", "0", name);
  await docker("rm", name);
}

async function eventsBetween(since: number, until: number): Promise<number> {
  const out = await docker("events", "--since", (since / 1000).toFixed(3), "--until", (until / 1000).toFixed(3), "--format", "{{.Type}}");
  return out.split("\n").filter(Boolean).length;
}

async function openTab(browser: Awaited<ReturnType<typeof chromium.launch>>, base: string): Promise<Page> {
  const page = await signedInPage(browser, base, { viewport: { width: 1400, height: 900 } });
  await page.goto(`${base}${SCREEN}`);
  await page.getByRole("banner").getByRole("link", { name: /^Clean up/ }).waitFor();
  return page;
}

async function main() {
  if (!existsSync(`${DIST_DIR}/BUILD_ID`)) {
    console.error(`bench/disk-fanout: no production build in ${DIST_DIR}: run \`npx next build\` first (or set BERTH_DIST_DIR)`);
    process.exit(2);
  }
  const proxy = await startCountingProxy(engineSocketPath(), `/tmp/${TAG}.sock`);
  const server = await startBerth(PORT, { DOCKER_HOST: `unix://${proxy.socketPath}` });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const rows: string[] = [];
  try {
    for (const tabs of TABS) {
      const loadFrom = proxy.calls.length;
      const pages: Page[] = [];
      for (let i = 0; i < tabs; i++) pages.push(await openTab(browser, server.base));
      // The pages' first fetches (and whatever they start on the server) settle before the burst.
      await sleep(SETTLE_MS);
      const loadDf = proxy.calls.slice(loadFrom).filter(isSystemDf).length;

      const from = proxy.calls.length;
      const t0 = Date.now();
      await Promise.all(Array.from({ length: CONTAINERS }, (_, i) => lifeOf(`${TAG}-${tabs}-${i}`)));
      const t1 = Date.now();
      await sleep(SETTLE_MS);
      const calls = proxy.calls.slice(from);
      const events = await eventsBetween(t0 - 100, t1 + 1000);
      const df = calls.filter(isSystemDf).length;
      rows.push(
        `${String(tabs).padStart(2)} tabs   load: ${String(loadDf).padStart(2)} df   burst: ${String(events).padStart(3)} events in ${((t1 - t0) / 1000).toFixed(1)} s → ` +
          `${String(df).padStart(3)} df   (${describeCalls(calls)})`,
      );
      console.log(rows.at(-1));
      for (const page of pages) await page.close();
      // Closed tabs' sockets go before the next row starts.
      await sleep(1000);
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
    await proxy.close();
    const left = await docker("ps", "-aq", "--filter", `label=${TAG}`).catch(() => "");
    if (left) await docker("rm", "-f", ...left.split("\n")).catch(() => undefined);
  }
  console.log(
    `\nsystem df per burst of ${CONTAINERS} containers created, started, stopped and removed, tabs on ${SCREEN} (${DIST_DIR}), ` +
      `counted until ${SETTLE_MS} ms after the burst:`,
  );
  for (const row of rows) console.log(`  ${row}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
