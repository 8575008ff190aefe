// How long from `docker run` to the container's name showing in an open Berth page, over 20 runs.
// Run inside the sandbox: `npm run bench:live` (needs a production build: `npx next build`).
// Prints p50/p95 for two spans: the whole `docker run` → DOM, and engine "create" event → DOM
// (the part Berth is responsible for; `docker run` itself spends time creating and starting).
import { spawn, execFileSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { io } from "socket.io-client";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3199);
const base = `http://127.0.0.1:${PORT}`;
const image = process.env.BERTH_FIXTURE_IMAGE ?? "berth-fixture/busybox:latest";

if (!process.env.BERTH_SANDBOX_TOKEN) {
  console.error("bench/live-latency: run it inside the sandbox (npm run bench:live), never against your own engine");
  process.exit(2);
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

async function waitForServer() {
  for (let i = 0; i < 200; i++) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok && (await res.json()).reachable) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not start");
}

async function main() {
  const server = spawn("npx", ["tsx", "server.ts"], {
    env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", NODE_ENV: "production" },
    stdio: "ignore",
  });
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
      "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1"],
  });
  const whole: number[] = [];
  const fromEvent: number[] = [];
  const names: string[] = [];
  try {
    await waitForServer();
    // A listener of our own on the same fan-out, to read the engine's timestamp of each create event.
    const createdAt = new Map<string, number>();
    const socket = io(base, { transports: ["websocket"], extraHeaders: { Origin: base } });
    socket.on("engine:event", (e: { type: string; action: string; name?: string; timeNano: string }) => {
      if (e.type === "container" && e.action === "create" && e.name) createdAt.set(e.name, Number(BigInt(e.timeNano) / 1000n) / 1000);
    });
    const page = await browser.newPage();
    await page.goto(`${base}/containers`);
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
      execFileSync("docker", ["run", "-d", "--name", name, image, "sleep", "600"], { stdio: "ignore" });
      await seen;
      const t1 = performance.now();
      const wallEnd = Date.now();
      whole.push(t1 - t0);
      const created = createdAt.get(name);
      if (created !== undefined) fromEvent.push(wallEnd - created);
    }
    socket.close();
  } finally {
    await browser.close();
    server.kill("SIGTERM");
    if (names.length) execFileSync("docker", ["rm", "-f", ...names], { stdio: "ignore" });
  }
  const show = (label: string, xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    console.log(`${label.padEnd(34)} p50 ${percentile(s, 50).toFixed(0).padStart(5)} ms   p95 ${percentile(s, 95).toFixed(0).padStart(5)} ms   max ${s.at(-1)!.toFixed(0).padStart(5)} ms   (n=${s.length})`);
  };
  console.log(`live latency, ${RUNS} runs, Berth at ${base}, engine ${process.env.DOCKER_HOST}`);
  show("docker run → name in page", whole);
  show("engine create event → name in page", fromEvent);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
