// How long from `docker run` to the container's name showing in an open Berth page, over 20 runs.
// Run inside the sandbox: `npm run bench:live` (needs a production build: `npx next build`).
// Prints p50/p95 for two spans: the whole `docker run` → DOM, and the engine's "create" event → DOM
// (the part Berth is responsible for; `docker run` itself spends time creating and starting).
import { chromium } from "@playwright/test";
import { io } from "socket.io-client";
import { CHROMIUM_ARGS, docker, FIXTURE_IMAGE, percentile, requireSandbox, startBerth } from "./support";
import { CHROMIUM_PATH } from "../e2e/support/chromium";

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
    // A listener of our own on the same fan-out, to read the engine's timestamp of each create event.
    const createdAt = new Map<string, number>();
    const socket = io(server.base, { transports: ["websocket"], extraHeaders: { Origin: server.base } });
    socket.on("engine:event", (e: { type: string; action: string; name?: string; timeNano: string }) => {
      if (e.type === "container" && e.action === "create" && e.name) createdAt.set(e.name, Number(BigInt(e.timeNano) / 1000n) / 1000);
    });
    const page = await browser.newPage();
    await page.goto(`${server.base}/containers`);
    await page.getByRole("navigation", { name: "Containers" }).waitFor();
    for (let i = 0; i < RUNS; i++) {
      const name = `bench-live-${process.pid}-${i}`;
      names.push(name);
      const seen = page.waitForFunction(
        (n) => [...document.querySelectorAll("nav[aria-label='Containers'] a")].some((a) => a.textContent?.includes(n)),
        name,
        { polling: "raf", timeout: 10_000 },
      );
      const t0 = performance.now();
      docker("run", "-d", "--name", name, FIXTURE_IMAGE, "sleep", "600");
      await seen;
      whole.push(performance.now() - t0);
      const created = createdAt.get(name);
      if (created !== undefined) fromEvent.push(Date.now() - created);
    }
    socket.close();
  } finally {
    await browser.close();
    server.stop();
    if (names.length) docker("rm", "-f", ...names);
  }
  const show = (label: string, xs: number[]) =>
    console.log(
      `${label.padEnd(34)} p50 ${percentile(xs, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(xs, 95).toFixed(0).padStart(5)} ms   max ${Math.max(...xs).toFixed(0).padStart(5)} ms   (n=${xs.length})`,
    );
  console.log(`live latency, ${RUNS} runs, Berth at ${server.base}, engine ${process.env.DOCKER_HOST}`);
  show("docker run → name in page", whole);
  show("engine create event → name in page", fromEvent);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
