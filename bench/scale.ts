// Is Berth still fast on a host with thousands of containers? Run inside the sandbox: `npm run bench:scale`
// (needs a production build: `npx next build`; set BERTH_DIST_DIR if you built elsewhere).
// Seeds SCALE_N containers (default 1000: mostly created, 50 running sleepers, some exited), 100 volumes and 30
// networks through the engine API, then prints:
//   - each list endpoint cold (first call after the server started) and warm (p50/p95 of 20 calls), with the
//     engine requests each call makes (Berth talks to the engine through a counting proxy here) and the CPU
//     seconds dockerd and Berth's server spend per call;
//   - in Chromium: navigation to `/` → the list's count and all its rows; `docker start` → the row's icon
//     turning running (20 runs), and what one start costs the engine with and without a page open;
//   - server RSS, the page's JS heap, and `docker ps -a` for comparison.
// SCALE_SKIP_API=1 goes straight to the browser part. Everything seeded carries one label and is removed at the end, also on error or Ctrl-C.
import { chromium, type Page } from "@playwright/test";
import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import { promisify } from "node:util";
import { authHeaders, CHROMIUM_ARGS, cpuSeconds, FIXTURE_IMAGE, percentile, printLatency, reportFigure, requireSandbox, rssKiB, signedInPage, sleep, startBerth } from "./support";
import { CHROMIUM_PATH } from "../e2e/support/chromium";
import { describeCalls, startCountingProxy, type EngineCall } from "../e2e/support/counting-proxy";

requireSandbox("bench/scale");

// Async on purpose: a blocking exec would freeze this process (and the proxy in it) while the page updates.
const run = promisify(execFile);
const N = Number(process.env.SCALE_N ?? 1000);
const PORT = Number(process.env.BENCH_PORT ?? 3196);
const WARM_CALLS = 20;
const START_RUNS = Number(process.env.BENCH_RUNS ?? 20);
const RUNNING = Math.min(50, Math.floor(N / 10));
const EXITED = Math.min(50, Math.floor(N / 10));
const VOLUMES = 100;
const NETWORKS = 30;
const SEED_CONCURRENCY = 8;
// Just over lib/server/engine/system.ts's MIN_GAP_MS between two `system df` calls.
const DF_GAP_MS = 1600;
const LABEL = "berth.bench.scale";
const TAG = `bench-scale-${process.pid}`;
const DIST_DIR = process.env.BERTH_DIST_DIR || ".next";

const ENGINE_SOCKET = (process.env.DOCKER_HOST ?? "").replace(/^unix:\/\//, "");
const PROXY_SOCKET = `/tmp/${TAG}.sock`;

// ---------------------------------------------------------------------------------------------------------
// The engine API, straight over its socket: seeding 1000 containers through the CLI would time the CLI.

const agent = new http.Agent({ keepAlive: true, maxSockets: SEED_CONCURRENCY });

function engineApi<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      { socketPath: ENGINE_SOCKET, agent, method, path, headers: payload ? { "Content-Type": "application/json" } : {} },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => {
          if ((res.statusCode ?? 500) >= 300) reject(new Error(`${method} ${path}: ${res.statusCode} ${text.trim()}`));
          else resolve((text ? JSON.parse(text) : undefined) as T);
        });
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

async function inPool<T>(items: readonly T[], size: number, each: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) {
        const i = next++;
        await each(items[i]!, i);
      }
    }),
  );
}

const labelFilter = encodeURIComponent(JSON.stringify({ label: [`${LABEL}=${TAG}`] }));
const labels = { [LABEL]: TAG };

type Kind = "created" | "running" | "exited";
interface Seeded {
  id: string;
  name: string;
  kind: Kind;
}

async function seed(): Promise<Seeded[]> {
  const t0 = performance.now();
  const networks = Array.from({ length: NETWORKS }, (_, i) => `${TAG}-net-${i}`);
  await inPool(networks, SEED_CONCURRENCY, (Name) => engineApi("POST", "/networks/create", { Name, Driver: "bridge", Labels: labels }).then(() => undefined));
  const volumes = Array.from({ length: VOLUMES }, (_, i) => `${TAG}-vol-${i}`);
  await inPool(volumes, SEED_CONCURRENCY, (Name) => engineApi("POST", "/volumes/create", { Name, Labels: labels }).then(() => undefined));
  const t1 = performance.now();

  // Like a real host: every 5th container mounts a volume, every 4th sits on a user network.
  const kinds: Kind[] = Array.from({ length: N }, (_, i) => (i < RUNNING ? "running" : i < RUNNING + EXITED ? "exited" : "created"));
  const seeded: Seeded[] = [];
  await inPool(kinds, SEED_CONCURRENCY, async (kind, i) => {
    const name = `${TAG}-${kind}-${i}`;
    const { Id } = await engineApi<{ Id: string }>("POST", `/containers/create?name=${name}`, {
      Image: FIXTURE_IMAGE,
      Cmd: kind === "exited" ? ["sh", "-c", `exit ${i % 3}`] : ["sleep", "3600"],
      Labels: labels,
      HostConfig: {
        Binds: i % 5 === 0 ? [`${volumes[i % VOLUMES]}:/data`] : undefined,
        NetworkMode: i % 4 === 0 ? networks[i % NETWORKS] : undefined,
      },
    });
    seeded.push({ id: Id, name, kind });
  });
  const t2 = performance.now();
  const toStart = seeded.filter((c) => c.kind !== "created");
  await inPool(toStart, SEED_CONCURRENCY, async (c) => {
    await engineApi("POST", `/containers/${c.id}/start`);
    if (c.kind === "exited") await engineApi("POST", `/containers/${c.id}/wait`);
  });
  const t3 = performance.now();
  console.log(
    `seeded ${N} containers (${N - RUNNING - EXITED} created, ${RUNNING} running, ${EXITED} exited), ${VOLUMES} volumes, ${NETWORKS} networks ` +
      `in ${((t3 - t0) / 1000).toFixed(1)} s: volumes+networks ${((t1 - t0) / 1000).toFixed(1)} s, ` +
      `creates ${((t2 - t1) / 1000).toFixed(1)} s (${((t2 - t1) / N).toFixed(1)} ms each at ${SEED_CONCURRENCY} in parallel), ` +
      `starts ${((t3 - t2) / 1000).toFixed(1)} s`,
  );
  return seeded;
}

let cleanedUp = false;
async function cleanUp(): Promise<void> {
  if (cleanedUp) return;
  cleanedUp = true;
  const t0 = performance.now();
  const failures: string[] = [];
  const each = (del: (x: string) => Promise<unknown>) => async (x: string) => {
    await del(x).catch((err: Error) => void failures.push(err.message));
  };
  const containers = await engineApi<{ Id: string }[]>("GET", `/containers/json?all=1&filters=${labelFilter}`).catch(() => []);
  await inPool(containers.map((c) => c.Id), SEED_CONCURRENCY, each((id) => engineApi("DELETE", `/containers/${id}?force=1&v=1`)));
  const vols = await engineApi<{ Volumes: { Name: string }[] | null }>("GET", `/volumes?filters=${labelFilter}`).catch(() => ({ Volumes: [] }));
  await inPool((vols.Volumes ?? []).map((v) => v.Name), SEED_CONCURRENCY, each((name) => engineApi("DELETE", `/volumes/${name}`)));
  const nets = await engineApi<{ Id: string }[]>("GET", `/networks?filters=${labelFilter}`).catch(() => []);
  await inPool(nets.map((n) => n.Id), SEED_CONCURRENCY, each((id) => engineApi("DELETE", `/networks/${id}`)));
  console.log(
    `cleaned up ${containers.length} containers, ${vols.Volumes?.length ?? 0} volumes, ${nets.length} networks in ${((performance.now() - t0) / 1000).toFixed(1)} s` +
      (failures.length ? `; ${failures.length} failed, first: ${failures[0]}` : ""),
  );
}

// Berth reaches the engine through a counting proxy (e2e/support/counting-proxy.ts): "N+1 engine requests per
// call" shows up as a count here, not as a guess from timings.

let engineCalls: EngineCall[] = [];

// ---------------------------------------------------------------------------------------------------------
// What a span of work cost: wall time, engine requests, dockerd and Berth CPU.

const dockerdPid = (() => {
  try {
    return Number(readFileSync(`${process.env.BERTH_SANDBOX_DIR}/docker.pid`, "utf8").trim()) || undefined;
  } catch {
    return undefined;
  }
})();

interface Meter {
  calls: EngineCall[];
  engineCpu: number;
  serverCpu: number;
}

function meter(serverPid: number): () => Meter {
  const from = engineCalls.length;
  const engine0 = dockerdPid ? cpuSeconds(dockerdPid) : NaN;
  const server0 = cpuSeconds(serverPid);
  return () => ({
    calls: engineCalls.slice(from),
    engineCpu: dockerdPid ? cpuSeconds(dockerdPid) - engine0 : NaN,
    serverCpu: cpuSeconds(serverPid) - server0,
  });
}

const secs = (s: number) => (Number.isNaN(s) ? "n/a" : `${s.toFixed(3)} s`);
const ms = (x: number) => `${x.toFixed(0).padStart(5)} ms`;

async function timedGet(base: string, path: string): Promise<{ ms: number; bytes: number; body: unknown }> {
  const t0 = performance.now();
  const res = await fetch(base + path, { headers: authHeaders() });
  const text = await res.text();
  const took = performance.now() - t0;
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${text.slice(0, 300)}`);
  return { ms: took, bytes: text.length, body: JSON.parse(text) };
}

/** Cold (the first call since the server started) and warm (WARM_CALLS more) figures for one endpoint. */
async function measureEndpoint(base: string, serverPid: number, label: string, path: string, opts: { coldNote?: string } = {}) {
  let stop = meter(serverPid);
  const cold = await timedGet(base, path);
  const coldCost = stop();
  console.log(`\n${label}  GET ${path}  (${(cold.bytes / 1024).toFixed(0)} KiB)`);
  console.log(`  cold  ${ms(cold.ms)}${opts.coldNote ? `  ${opts.coldNote}` : ""}   ${describeCalls(coldCost.calls)}   dockerd ${secs(coldCost.engineCpu)}   berth ${secs(coldCost.serverCpu)}`);
  const warmP50 = await measureWarm(base, serverPid, path);
  return { body: cold.body, warmP50 };
}

async function measureWarm(base: string, serverPid: number, path: string, spacedMs?: number) {
  const warm: number[] = [];
  const stop = meter(serverPid);
  for (let i = 0; i < WARM_CALLS; i++) {
    if (spacedMs) await sleep(spacedMs);
    warm.push((await timedGet(base, path)).ms);
  }
  const cost = stop();
  console.log(
    `  warm  p50 ${ms(percentile(warm, 50))}   p95 ${ms(percentile(warm, 95))}   max ${ms(Math.max(...warm))}` +
      `${spacedMs ? `   (calls ${spacedMs} ms apart)` : "   (back to back)"}\n` +
      `        per call: ${describeCalls(cost.calls, WARM_CALLS)}   dockerd ${secs(cost.engineCpu / WARM_CALLS)}   berth ${secs(cost.serverCpu / WARM_CALLS)}`,
  );
  return percentile(warm, 50);
}

// ---------------------------------------------------------------------------------------------------------
// In the browser

type Win = Window & { __runningAt?: number; __watch?: string; __observing?: boolean };

/**
 * Navigation to `/` → the sidebar's first row and its count saying `total` (ms since navigation start), and how many
 * rows the DOM then holds (the list draws only those in view once it is long: components/containers/virtual-rows.tsx).
 */
async function loadList(
  page: Page,
  base: string,
  total: number,
): Promise<{ count: number; rows: number; firstRow: number; listAsked: number; listArrived: number; html: number }> {
  await page.goto(`${base}/`, { waitUntil: "commit" });
  // Each predicate answers with the page's clock at the frame it first held.
  const at = (fn: (n: number) => number | false) =>
    page.waitForFunction(fn, total, { polling: "raf", timeout: 120_000 }).then((handle) => handle.jsonValue() as Promise<number>);
  const [firstRow, count] = await Promise.all([
    at(() => document.querySelector("nav[aria-label='Containers'] a[data-container-id]") !== null && performance.now()),
    at((n) => document.querySelector(`aside span[title="${n} containers"]`)?.textContent === String(n) && performance.now()),
  ]);
  const rows = await page.evaluate(() => document.querySelectorAll("nav[aria-label='Containers'] a[data-container-id]").length);
  // When the page asked for the list, when the answer was in, and when the page's HTML was: where a slow load went.
  const [listAsked, listArrived, html] = await page.evaluate(() => {
    const list = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find((e) => e.name.includes("/api/containers?all=1"));
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
    return [list?.startTime ?? NaN, list?.responseEnd ?? NaN, nav?.responseEnd ?? NaN];
  });
  return { count, rows, firstRow, listAsked, listArrived, html };
}

/** Chromium's used JS heap after a collection (coarse unless precise memory info is on, enough at this size). */
function jsHeapMiB(page: Page): Promise<string> {
  return page
    .evaluate(() => {
      // Chromium runs with --expose-gc here: what is left after a collection is what the page holds on to.
      (window as unknown as { gc?: () => void }).gc?.();
      return ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN) / 1048576;
    })
    .then((m) => m.toFixed(0));
}

/** The page's /api requests since its resource timings were last cleared, by path: how many, how big, how slow. */
async function apiFetches(page: Page, per = 1): Promise<string> {
  const entries = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .filter((e) => new URL(e.name).pathname.startsWith("/api/"))
      .map((e) => ({ url: new URL(e.name), bytes: (e as PerformanceResourceTiming).decodedBodySize, ms: e.duration }))
      .map(({ url, bytes, ms }) => ({ path: url.pathname + (url.search.startsWith("?all") ? url.search : ""), bytes, ms })),
  );
  const by = new Map<string, { n: number; bytes: number; ms: number[] }>();
  for (const e of entries) {
    const row = by.get(e.path) ?? { n: 0, bytes: 0, ms: [] };
    row.n++;
    row.bytes += e.bytes;
    row.ms.push(e.ms);
    by.set(e.path, row);
  }
  return [...by]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([path, r]) => `${(r.n / per).toFixed(per === 1 ? 0 : 1)}× ${path} (${(r.bytes / r.n / 1024).toFixed(0)} KiB, p50 ${percentile(r.ms, 50).toFixed(0)} ms)`)
    .join(", ");
}

/** `docker start` → the row's icon says running, timed in the page (wall clock) so this process's lag does not count. */
async function startToIcon(page: Page, c: Seeded): Promise<{ whole: number; fromEngine: number }> {
  // The list draws only the rows in view: filter it to this one, as a user looking for it would.
  await page.getByRole("searchbox", { name: "Filter containers" }).fill(c.name);
  await page.locator(`a[data-container-id="${c.id}"]`).waitFor();
  // One observer per page, watching whichever id __watch names. (No named helpers in here: tsx would wrap
  // them in a __name() call the page does not have.)
  await page.evaluate((id) => {
    const w = window as Win;
    w.__watch = id;
    w.__runningAt = undefined;
    if (w.__observing) return;
    w.__observing = true;
    new MutationObserver(() => {
      if (w.__runningAt === undefined && document.querySelector(`a[data-container-id="${w.__watch}"] svg[aria-label="running"]`)) w.__runningAt = Date.now();
      // The body, not the list: `/` and `/containers/<name>` each mount a sidebar of their own.
    }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["aria-label"] });
  }, c.id);
  const t0 = Date.now();
  await run("docker", ["start", c.id]);
  await page.waitForFunction(() => (window as Win).__runningAt !== undefined, undefined, { timeout: 30_000 }).catch(async (err: Error) => {
    const shown = await page.evaluate((id) => {
      const row = document.querySelector(`a[data-container-id="${id}"]`);
      return { row: Boolean(row), icon: row?.querySelector("svg[role=img]")?.getAttribute("aria-label"), url: location.pathname, rows: document.querySelectorAll("nav[aria-label='Containers'] a[data-container-id]").length };
    }, c.id);
    await page.screenshot({ path: "/tmp/scale-timeout.png" });
    throw new Error(`${c.name} started but its row never showed running: ${JSON.stringify(shown)} (screenshot /tmp/scale-timeout.png); ${err.message}`);
  });
  const shownAt = await page.evaluate(() => (window as Win).__runningAt!);
  const { stdout } = await run("docker", ["inspect", "--format", "{{.State.StartedAt}}", c.id]);
  return { whole: shownAt - t0, fromEngine: shownAt - Date.parse(stdout.trim()) };
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  if (!existsSync(`${DIST_DIR}/BUILD_ID`)) {
    console.error(`bench/scale: no production build in ${DIST_DIR}: run \`npx next build\` first (or set BERTH_DIST_DIR)`);
    process.exit(2);
  }
  const seedStart = Date.now();
  const seeded = await seed();
  const seedEnd = Date.now();
  const total = (await engineApi<unknown[]>("GET", "/containers/json?all=1")).length;

  const cli: number[] = [];
  const direct: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await run("docker", ["ps", "-a"], { maxBuffer: 64 * 1024 * 1024 });
    cli.push(performance.now() - t0);
  }
  for (let i = 0; i < WARM_CALLS; i++) {
    const t0 = performance.now();
    await engineApi("GET", "/containers/json?all=1");
    direct.push(performance.now() - t0);
  }
  console.log(`\nfor comparison, ${total} containers on the engine:`);
  printLatency("`docker ps -a` (CLI)", cli);
  printLatency("engine GET /containers/json?all=1", direct);

  const proxy = await startCountingProxy(ENGINE_SOCKET, PROXY_SOCKET);
  engineCalls = proxy.calls;
  // Only the server goes through the proxy: the CLI calls made here still go straight to the engine.
  const serverStarted = performance.now();
  const server = await startBerth(PORT, { DOCKER_HOST: `unix://${PROXY_SOCKET}` });
  const rssAtStart = rssKiB(server.pid);
  console.log(`\nBerth (${DIST_DIR}) up in ${((performance.now() - serverStarted) / 1000).toFixed(1)} s, RSS ${(rssKiB(server.pid) / 1024).toFixed(0)} MiB; engine CPU = dockerd pid ${dockerdPid ?? "unknown"}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, "--js-flags=--expose-gc"] });
  try {
    const { base, pid } = server;
    let rssAfterList: number | undefined;
    if (!process.env.SCALE_SKIP_API) {
    const list = await measureEndpoint(base, pid, "containers", "/api/containers?all=1");
    const engineP50 = percentile(direct, 50);
    reportFigure({
      figure: `GET /api/containers?all=1 at ${total} containers vs the engine's GET /containers/json?all=1 (warm p50)`,
      berth: `${list.warmP50.toFixed(0)} ms`,
      anchor: `engine ${engineP50.toFixed(0)} ms, \`docker ps -a\` ${percentile(cli, 50).toFixed(0)} ms`,
      target: "≤ 0.5×",
      met: list.warmP50 <= 0.5 * engineP50,
    });
    console.log(`  ratio to the engine: ${(list.warmP50 / engineP50).toFixed(2)}×`);
    rssAfterList = rssKiB(pid) / 1024;
    await measureEndpoint(base, pid, "images", "/api/images");
    await measureEndpoint(base, pid, "volumes", "/api/volumes");
    await measureEndpoint(base, pid, "networks", "/api/networks");
    // `system df` starts at most every 1.5 s (lib/server/engine/system.ts): back-to-back calls mostly wait that out,
    // calls further apart show what one df costs.
    await measureEndpoint(base, pid, "cleanup", "/api/cleanup");
    await measureWarm(base, pid, "/api/cleanup", DF_GAP_MS);
    await measureEndpoint(base, pid, "system", "/api/system");
    await measureEndpoint(base, pid, "disk summary", "/api/system/disk");
    await measureWarm(base, pid, "/api/system/disk", DF_GAP_MS);
    await measureEndpoint(base, pid, "security", "/api/security", { coldNote: "(= audit cache fill)" });
    const since = (seedStart / 1000).toFixed(3);
    const until = (seedEnd / 1000 + 1).toFixed(3);
    const events = (await measureEndpoint(base, pid, "events", `/api/events?since=${since}&until=${until}`)).body as { events: unknown[]; truncated: boolean };
    console.log(`  (${events.events.length} events over the seeding period, truncated: ${events.truncated})`);
    }

    // What one `docker start` costs the engine when Berth has no page open (the events hub alone)…
    const created = seeded.filter((c) => c.kind === "created");
    const baselineRuns = 5;
    let stop = meter(pid);
    for (const c of created.slice(0, baselineRuns)) {
      await run("docker", ["start", c.id]);
      await sleep(DF_GAP_MS);
    }
    const idle = stop();

    console.log(`\nChromium, ${total} containers`);
    const page = await signedInPage(browser, base, { viewport: { width: 1400, height: 900 } });
    await page.addInitScript(() => performance.setResourceTimingBufferSize(10_000));
    const loads: Awaited<ReturnType<typeof loadList>>[] = [];
    for (let i = 0; i < 3; i++) {
      stop = meter(pid);
      loads.push(await loadList(page, base, total));
      await sleep(2000); // let the page's other requests finish before the next load
      const cost = stop();
      const l = loads[i]!;
      console.log(
        `  load ${i + 1}: navigation → HTML in ${ms(l.html)}   → list asked ${ms(l.listAsked)}   → list JSON in ${ms(l.listArrived)}   → first row ${ms(l.firstRow)}   → count "${total}" ${ms(l.count)}   (${l.rows} of ${total} rows in the DOM)` +
          `   (page load + 2 s: ${describeCalls(cost.calls)}, dockerd ${secs(cost.engineCpu)}, berth ${secs(cost.serverCpu)})`,
      );
    }
    // The first load pays for the page's code and Next's caches; the best of the later loads is what a user who
    // comes back sees, the first what a new tab sees: both are printed, the target is read off the first.
    const first = loads[0]!.firstRow;
    reportFigure({
      figure: `containers page at ${total} containers: navigation → first rows visible`,
      berth: `${first.toFixed(0)} ms (new tab), ${Math.min(...loads.slice(1).map((l) => l.firstRow)).toFixed(0)} ms (again)`,
      anchor: `the list JSON arrived at ${loads[0]!.listArrived.toFixed(0)} ms`,
      target: "≤ 1 s",
      met: first <= 1000,
      why:
        first > 1000
          ? `a new tab's scripts (see first-load JS) download, compile and run first, on two cores dockerd and the server are busy with at that moment; the list is asked for from the page's head at ${loads[0]!.listAsked.toFixed(0)} ms and in at ${loads[0]!.listArrived.toFixed(0)} ms, and a returning tab draws its rows in ${Math.min(...loads.slice(1).map((l) => l.firstRow)).toFixed(0)} ms. What would fix it: the first screenful of rows rendered on the server from its in-memory list, so the HTML carries them`
          : undefined,
    });
    await page.waitForURL(/\/containers\//);
    console.log(`  the page's API requests on load 3: ${await apiFetches(page)}`);
    const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    const heapAfterLoad = await jsHeapMiB(page);
    await page.evaluate(() => performance.clearResourceTimings());

    // …and with the containers screen open.
    const starts: { whole: number; fromEngine: number }[] = [];
    stop = meter(pid);
    for (const c of created.slice(baselineRuns, baselineRuns + START_RUNS)) {
      starts.push(await startToIcon(page, c));
      await sleep(DF_GAP_MS); // the page's refetches for this start settle before the next
    }
    const busy = stop();
    printLatency("  docker start → icon running", starts.map((s) => s.whole));
    printLatency("  engine started it → icon running", starts.map((s) => s.fromEngine));
    console.log(`  one docker start, no page open:       ${describeCalls(idle.calls, baselineRuns)}   dockerd ${secs(idle.engineCpu / baselineRuns)}   berth ${secs(idle.serverCpu / baselineRuns)}`);
    console.log(`  one docker start, containers page open: ${describeCalls(busy.calls, starts.length)}   dockerd ${secs(busy.engineCpu / starts.length)}   berth ${secs(busy.serverCpu / starts.length)}`);

    console.log(`  the page's API requests per docker start: ${await apiFetches(page, starts.length)}`);
    console.log(`\npage: ${domNodes} DOM elements; JS heap ${heapAfterLoad} MiB after the loads, ${await jsHeapMiB(page)} MiB after the starts`);
    console.log(`Berth server RSS after all that: ${(rssKiB(pid) / 1024).toFixed(0)} MiB; its CPU since start ${cpuSeconds(pid).toFixed(1)} s; ${engineCalls.length} engine requests in all`);
    if (rssAfterList !== undefined) {
      reportFigure({
        figure: `server RSS after serving a ${total}-container list`,
        berth: `${rssAfterList.toFixed(0)} MiB (${(rssKiB(pid) / 1024).toFixed(0)} MiB after the page loads and starts)`,
        anchor: `${(rssAtStart / 1024).toFixed(0)} MiB when up, before the first request`,
        target: "≤ 200 MB",
        met: rssAfterList <= 200,
      });
    }
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
    await proxy.close();
    await cleanUp();
    agent.destroy();
  }
}

// The sandbox stops its command with TERM (Ctrl-C included): the seeded objects go first.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`bench/scale: ${signal}, cleaning up`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main().catch(async (err) => {
  console.error(err);
  await cleanUp().catch(() => undefined);
  process.exit(1);
});
