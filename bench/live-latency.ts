// How long from `docker run` to the container's name showing in an open Berth page, over 20 runs.
// Run inside the sandbox: `npm run bench:live` (needs a production build: `npx next build`).
// Prints p50/p95 for two spans: `docker run` invoked → name in the DOM, and the engine's creation time
// → name in the DOM (closer to Berth's share: the CLI itself spends time before the engine creates it).
import { chromium } from "@playwright/test";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { CHROMIUM_ARGS, docker, FIXTURE_IMAGE, percentile, printLatency, reportFigure, requireSandbox, signedInPage, startBerth } from "./support";
import { CHROMIUM_PATH } from "../e2e/support/chromium";

// Async on purpose: a blocking exec would freeze this process while the page updates.
const run = promisify(execFile);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3199);

requireSandbox("bench/live-latency");

async function main() {
  const server = await startBerth(PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const whole: number[] = [];
  const fromEvent: number[] = [];
  const names: string[] = [];
  try {
    const page = await signedInPage(browser, server.base);
    await page.goto(`${server.base}/containers`);
    await page.getByRole("navigation", { name: "Containers" }).waitFor();
    // The page notes the wall-clock time a name first shows up in the list, so the figure does not
    // depend on when this script's event loop gets round to looking.
    await page.evaluate(() => {
      const seen: Record<string, number> = ((window as unknown as { __seen: Record<string, number> }).__seen = {});
      const list = document.querySelector("nav[aria-label='Containers']")!;
      new MutationObserver(() => {
        for (const el of list.querySelectorAll("[title]")) {
          const name = el.getAttribute("title")!;
          seen[name] ??= Date.now();
        }
      }).observe(list, { childList: true, subtree: true, characterData: true, attributes: true });
    });
    for (let i = 0; i < RUNS; i++) {
      const name = `bench-live-${process.pid}-${i}`;
      names.push(name);
      const t0 = Date.now();
      await run("docker", ["run", "-d", "--name", name, FIXTURE_IMAGE, "sleep", "600"]);
      await page.waitForFunction((n) => (window as unknown as { __seen: Record<string, number> }).__seen[n] !== undefined, name, {
        timeout: 10_000,
      });
      const shownAt = await page.evaluate((n) => (window as unknown as { __seen: Record<string, number> }).__seen[n]!, name);
      // The engine's own creation time (nanoseconds) stands in for its "create" event.
      const created = Date.parse(docker("inspect", "--format", "{{.Created}}", name));
      whole.push(shownAt - t0);
      fromEvent.push(shownAt - created);
    }
  } finally {
    await browser.close();
    server.stop();
    if (names.length) docker("rm", "-f", ...names);
  }
  console.log(`live latency, ${RUNS} runs, Berth at ${server.base}, engine ${process.env.DOCKER_HOST}`);
  printLatency("docker run → name in page", whole);
  printLatency("engine created it → name in page", fromEvent);
  const p95 = percentile(fromEvent, 95);
  reportFigure({
    figure: "engine start event → name in an open page, p95",
    berth: `${p95.toFixed(0)} ms`,
    anchor: `docker run → name: p95 ${percentile(whole, 95).toFixed(0)} ms (n=${whole.length})`,
    target: "≤ 100 ms",
    met: p95 <= 100,
  });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
