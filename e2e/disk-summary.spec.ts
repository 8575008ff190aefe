import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { FIXTURE_IMAGE, removeQuietly, uniqueName } from "./support/docker-cli";
import { berthFetch, startBerth, type BerthServer } from "./support/berth-server";
import { engineSocketPath, isSystemDf, startCountingProxy, type CountingProxy } from "./support/counting-proxy";
import { formatBytes } from "../lib/shared/format-bytes";
import { sleep } from "./support/wait";

// The header's reclaimable space is one server-side figure per engine, pushed to every tab: N tabs on the containers
// screen cost the engine one `system df` per burst of events, not one per tab per event. Berth runs here behind a
// counting proxy of its own (a second server on another port), so the df calls that reach the engine are counted.

// Async on purpose: a blocking exec would freeze this process, and the proxy in it, while Berth talks to the engine.
const run = promisify(execFile);
const docker = (...args: string[]) => run("docker", args).then((r) => r.stdout.trim());

const PORT = Number(process.env.BERTH_E2E_PORT ?? 3111) + 2;
/** lib/server/engine/disk-summary.ts: DISK_SUMMARY_THROTTLE.minIntervalMs, and a little. */
const INTERVAL_MS = 5500;

test.describe.configure({ mode: "serial" });

test.describe("disk summary", { tag: "@alone" }, () => {
  let proxy: CountingProxy;
  let server: BerthServer;
  const prefix = uniqueName("disk");
  const created: string[] = [];

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    proxy = await startCountingProxy(engineSocketPath(), `/tmp/berth-e2e-${prefix}.sock`);
    server = await startBerth(PORT, { DOCKER_HOST: `unix://${proxy.socketPath}` });
  });

  test.afterAll(async () => {
    server?.stop();
    await server?.exited;
    await proxy?.close();
    removeQuietly(...created);
  });

  const dfSince = (from: number) => proxy.calls.slice(from).filter(isSystemDf).length;
  const reclaimable = async () => ((await (await berthFetch(server.base, "/api/cleanup")).json()) as { reclaimableBytes: number }).reclaimableBytes;
  const button = (page: Page) => page.getByRole("banner").getByRole("link", { name: /^Clean up/ });
  const expectFigure = async (page: Page, bytes: number) => expect(button(page)).toHaveText(bytes > 0 ? `Clean up · ${formatBytes(bytes)}` : "Clean up");

  /** An exited container with a writable layer of `kb` kB: reclaimable space the header must show. */
  async function exitedWithLayer(kb: number): Promise<string> {
    const name = `${prefix}-big-${created.length}`;
    created.push(name);
    await docker("run", "--name", name, FIXTURE_IMAGE, "sh", "-c", `dd if=/dev/zero of=/blob bs=1024 count=${kb} 2>/dev/null`);
    return name;
  }

  /** Containers created, started, stopped and removed side by side: a burst of engine events. */
  async function burst(containers: number): Promise<{ events: number }> {
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: containers }, async (_, i) => {
        const name = `${prefix}-burst-${Date.now()}-${i}`;
        created.push(name);
        await docker("create", "--name", name, FIXTURE_IMAGE, "sleep", "600");
        await docker("start", name);
        await docker("stop", "-t", "0", name);
        await docker("rm", name);
      }),
    );
    await sleep(300);
    const events = await docker("events", "--since", ((t0 - 100) / 1000).toFixed(3), "--until", (Date.now() / 1000).toFixed(3), "--format", "{{.Type}}");
    return { events: events.split("\n").filter(Boolean).length };
  }

  async function openTabs(browser: Browser, n: number): Promise<Page[]> {
    const pages: Page[] = [];
    for (let i = 0; i < n; i++) {
      const page = await browser.newPage();
      await page.goto(`${server.base}/containers`);
      await expect(page.getByRole("navigation", { name: "Containers" })).toBeVisible();
      pages.push(page);
    }
    return pages;
  }

  test("three tabs on the containers screen: one df for their loads, at most one per burst of events, figure current in each", async ({ browser }) => {
    test.setTimeout(90_000);
    await exitedWithLayer(200);
    // Nobody watches yet: events cost no df at all.
    let from = proxy.calls.length;
    await burst(2);
    await sleep(3000); // twice the quiet wait after which a watched feed would measure
    expect(dfSince(from)).toBe(0);

    from = proxy.calls.length;
    const pages = await openTabs(browser, 3);
    const before = await reclaimable();
    for (const page of pages) await expectFigure(page, before);
    // The first tab's watch measured; the others were handed that figure (the preview above is a df of its own).
    expect(dfSince(from)).toBeLessThanOrEqual(2);

    // A burst of events: one df once it falls quiet (no sooner than the throttle's interval after the tabs' df).
    from = proxy.calls.length;
    const { events } = await burst(5);
    expect(events).toBeGreaterThanOrEqual(20);
    // The tabs were told a new figure is coming; once it is there, long enough for a second df, if one were coming.
    for (const page of pages) await expect(button(page)).not.toHaveAttribute("aria-busy", "true", { timeout: 15_000 });
    await sleep(INTERVAL_MS);
    const perBurst = dfSince(from);
    console.log(`disk summary: 3 tabs, a burst of ${events} events → ${perBurst} system df`);
    expect(perBurst).toBeGreaterThanOrEqual(1);
    expect(perBurst).toBeLessThanOrEqual(2);

    // A change that frees space shows in every tab without a reload, as the cleanup preview counts it.
    from = proxy.calls.length;
    await exitedWithLayer(300);
    await expect(button(pages[0]!)).not.toHaveText(`Clean up · ${formatBytes(before)}`);
    // The header of all three tabs: one df (two if the engine's events of one `docker run` came apart).
    expect(dfSince(from)).toBeLessThanOrEqual(2);
    const after = await reclaimable();
    expect(after).toBeGreaterThanOrEqual(before + 300 * 1024);
    for (const page of pages) await expectFigure(page, after);
    for (const page of pages) await page.close();
  });

  test("the System screen's disk table is the same pushed figure, as docker system df prints it", async ({ browser }) => {
    const [page] = await openTabs(browser, 1);
    await page!.goto(`${server.base}/system`);
    const df = (await docker("system", "df", "--format", "{{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}"))
      .split("\n")
      .map((line) => line.split("\t"));
    const table = page!.getByRole("table", { name: "Disk usage" });
    for (const [type, total, active, size, reclaimableText] of df) {
      const row = table.getByRole("row").filter({ has: page!.getByRole("rowheader", { name: type, exact: true }) });
      await expect(row.getByRole("cell")).toHaveText([total!, active!, size!, reclaimableText!]);
    }
    // What GET /api/system/disk measures for a caller is what the tabs were pushed.
    const fresh = (await (await berthFetch(server.base, "/api/system/disk")).json()) as { state: string; reclaimableBytes: number };
    expect(fresh.state).toBe("measured");
    await expectFigure(page!, fresh.reclaimableBytes);
    await page!.close();
  });
});
