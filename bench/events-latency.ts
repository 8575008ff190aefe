// How long from `docker start` to the container's "start" row on an open /events page, over 20 runs.
// Run inside the sandbox: `npm run bench:events` (needs a production build: `npx next build`).
// Prints p50/p95 for two spans: `docker start` invoked → row in the DOM, and the engine's start time
// (State.StartedAt) → row in the DOM (closer to Berth's share: the events hub, socket.io, React).
import { chromium } from "@playwright/test";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, docker, FIXTURE_IMAGE, printLatency, requireSandbox, signedInPage, startBerth } from "./support";
import { CHROMIUM_PATH } from "../e2e/support/chromium";

// Async on purpose: a blocking exec would freeze this process while the page updates.
const run = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3198);

requireSandbox("bench/events-latency");

type Seen = Record<string, number>;

async function main() {
  const server = await startBerth(PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const whole: number[] = [];
  const fromEngine: number[] = [];
  const names = Array.from({ length: RUNS }, (_, i) => `bench-events-${process.pid}-${i}`);
  try {
    // Created up front: the figure is about the start event alone.
    for (const name of names) docker("create", "--name", name, FIXTURE_IMAGE, "sleep", "600");
    const page = await signedInPage(browser, server.base);
    await page.goto(`${server.base}/events`);
    await page.getByText("live", { exact: true }).waitFor();
    // The page notes the wall-clock time each container's "start" row first shows, so the figure does not
    // depend on when this script's event loop gets round to looking.
    await page.evaluate(() => {
      const seen: Record<string, number> = ((window as unknown as { __seen: Record<string, number> }).__seen = {});
      new MutationObserver(() => {
        for (const row of document.querySelectorAll("table[aria-label='Events'] tbody tr")) {
          const cells = row.querySelectorAll("td");
          if (cells[2]?.textContent !== "start") continue;
          const name = cells[3]?.querySelector("a")?.textContent;
          if (name) seen[name] ??= Date.now();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
    for (const name of names) {
      const t0 = Date.now();
      await run("docker", ["start", name]);
      await page.waitForFunction((n) => (window as unknown as { __seen: Seen }).__seen[n] !== undefined, name, { timeout: 10_000 });
      const shownAt = await page.evaluate((n) => (window as unknown as { __seen: Seen }).__seen[n]!, name);
      const started = Date.parse(docker("inspect", "--format", "{{.State.StartedAt}}", name));
      whole.push(shownAt - t0);
      fromEngine.push(shownAt - started);
    }
  } finally {
    await browser.close();
    server.stop();
    docker("rm", "-f", ...names);
  }
  console.log(`events latency, ${RUNS} runs, Berth at ${server.base}, engine ${process.env.DOCKER_HOST}`);
  printLatency("docker start → row on /events", whole);
  printLatency("engine started it → row", fromEngine);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
