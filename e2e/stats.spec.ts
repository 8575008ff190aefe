import { expect, test, type Page } from "@playwright/test";
import { io } from "socket.io-client";
import { baseURL } from "../playwright.config";
import { dockerCli, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { containerList, containerRow, detailPane, openContainer, openContainersList } from "./support/screens";
import { liveSocketHeaders } from "./support/server-process";
import { dockerTopPids, engineConnections, listenerPid, runBusyLoop, settledEngineConnections } from "./support/stats";

const port = Number(new URL(baseURL).port);

async function openStats(page: Page, name: string) {
  await page.goto(`/containers/${encodeURIComponent(name)}?tab=stats`);
  await expect(detailPane(page).getByRole("heading", { name, exact: true })).toBeVisible();
}

function tile(page: Page, label: string) {
  return detailPane(page).getByRole("group", { name: label, exact: true });
}

async function cpuFigure(page: Page): Promise<number> {
  const text = (await tile(page, "CPU").textContent()) ?? "";
  const match = /([\d.]+)%/.exec(text);
  return match ? Number(match[1]) : NaN;
}

test.describe("stats and processes", () => {
  test("live stats share one engine stream per container and close after the pages close", { tag: "@alone" }, async ({ browser }) => {
    const name = uniqueName("stats-busy");
    runBusyLoop(name);
    const pid = listenerPid(port);
    const contexts = [await browser.newContext(), await browser.newContext()];
    try {
      const baseline = await settledEngineConnections(pid);

      const first = await contexts[0]!.newPage();
      await openStats(first, name);
      // A spinning shell: CPU well above zero, and a `docker stats`-style memory figure.
      await expect.poll(() => cpuFigure(first), { timeout: 15_000 }).toBeGreaterThan(1);
      await expect(tile(first, "Memory")).toContainText(/\d+(\.\d+)?%/);
      await expect(tile(first, "Memory")).toContainText(/\d+(\.\d+)?(B|KiB|MiB|GiB) \/ \d+(\.\d+)?(B|KiB|MiB|GiB)/);
      await expect(tile(first, "PIDs")).toContainText("1");
      await expect(detailPane(first).getByRole("img", { name: "CPU % chart, last 5 minutes" })).toBeVisible();
      // One stream for this container (API calls' idle keep-alive sockets drain away within 5 s).
      await expect.poll(() => engineConnections(pid), { timeout: 15_000 }).toBe(baseline + 1);

      const second = await contexts[1]!.newPage();
      await openStats(second, name);
      await expect.poll(() => cpuFigure(second), { timeout: 15_000 }).toBeGreaterThan(1);
      // The second viewer joins the same stream: the count settles at one, not two.
      await expect.poll(() => engineConnections(pid), { timeout: 15_000 }).toBe(baseline + 1);
      expect(await settledEngineConnections(pid, 3000)).toBe(baseline + 1);

      await first.close();
      await second.close();
      // Closed within the grace period after the last viewer left.
      await expect.poll(() => engineConnections(pid), { timeout: 12_000 }).toBe(baseline);
    } finally {
      for (const c of contexts) await c.close();
      removeQuietly(name);
    }
  });

  test("a stopped container says so in the Stats tab, and figures return when it starts", async ({ page }) => {
    const name = uniqueName("stats-stopped");
    runSleeper(name);
    try {
      await openStats(page, name);
      await expect(tile(page, "CPU")).toBeVisible();
      dockerCli("stop", name);
      await expect(detailPane(page).getByText("Not running", { exact: true })).toBeVisible();
      await expect(tile(page, "CPU")).toHaveCount(0);
      dockerCli("start", name);
      await expect(tile(page, "PIDs")).toContainText("2");
    } finally {
      removeQuietly(name);
    }
  });

  test("the list shows usage figures while the toggle is on", async ({ page }) => {
    const name = uniqueName("stats-row");
    runBusyLoop(name);
    try {
      await openContainersList(page);
      // The list is virtual and puts Compose projects and earlier running rows first: on an engine the suite
      // has filled, this row may be below the window, so narrow the list to it.
      await page.getByRole("searchbox", { name: "Filter containers" }).fill(name);
      const toggle = page.getByRole("button", { name: "Usage figures", exact: true });
      await expect(toggle).toHaveAttribute("aria-pressed", "false");
      await expect(containerRow(page, name)).toBeVisible();
      await expect(containerRow(page, name).getByLabel(`${name} usage`)).toHaveCount(0);
      await toggle.click();
      await expect(containerRow(page, name).getByLabel(`${name} usage`)).toHaveText(/^\d+\.\d% · \d+(\.\d+)?(B|KiB|MiB|GiB)$/);
      await toggle.click();
      await expect(containerList(page).getByLabel(`${name} usage`)).toHaveCount(0);
    } finally {
      removeQuietly(name);
    }
  });

  test("the Processes tab lists what docker top lists", async ({ page }) => {
    const name = uniqueName("top");
    runSleeper(name);
    try {
      await openContainer(page, name);
      await page.goto(`/containers/${encodeURIComponent(name)}?tab=processes`);
      const table = detailPane(page).getByRole("table");
      await expect(table.getByRole("cell", { name: "sleep 3600", exact: true })).toBeVisible();
      const pidIndex = await table.getByRole("columnheader").allTextContents().then((t) => t.indexOf("PID"));
      expect(pidIndex).toBeGreaterThanOrEqual(0);
      const pidsShown = async () =>
        (await table.getByRole("row").all()).length > 0
          ? (await table.locator(`tbody tr td:nth-child(${pidIndex + 1})`).allTextContents()).sort()
          : [];
      expect(await pidsShown()).toEqual(dockerTopPids(name));

      // A new process shows after Refresh.
      dockerCli("exec", "-d", name, "sleep", "777");
      await detailPane(page).getByRole("button", { name: "Refresh" }).click();
      await expect(table.getByRole("cell", { name: "sleep 777", exact: true })).toBeVisible();

      // ps options, like `docker top <name> aux`.
      await detailPane(page).getByLabel("ps options").fill("aux");
      await detailPane(page).getByRole("button", { name: "Refresh" }).click();
      await expect(table.getByRole("columnheader", { name: "%CPU" })).toBeVisible();

      await detailPane(page).getByLabel("ps options").fill("aux; rm");
      await expect(detailPane(page).getByRole("alert")).toContainText("Letters, digits");
      await expect(detailPane(page).getByRole("button", { name: "Refresh" })).toBeDisabled();
    } finally {
      removeQuietly(name);
    }
  });

  test("stats and top API", async ({ request }) => {
    const running = uniqueName("api-stats");
    const stopped = uniqueName("api-stopped");
    runSleeper(running);
    runSleeper(stopped);
    dockerCli("stop", stopped);
    try {
      const one = await request.get(`/api/containers/${running}/stats`);
      expect(one.status()).toBe(200);
      const body = await one.json();
      expect(body.running).toBe(true);
      expect(body.id).toBe(dockerCli("inspect", "--format", "{{.Id}}", running));
      expect(body.sample.memLimit).toBeGreaterThan(0);
      expect(body.sample.pids).toBeGreaterThanOrEqual(2);

      const idle = await (await request.get(`/api/containers/${stopped}/stats`)).json();
      expect(idle).toMatchObject({ running: false, sample: null });

      const missing = await request.get("/api/containers/no-such-container-xyz/stats");
      expect(missing.status()).toBe(404);
      expect((await missing.json()).error.code).toBe("not_found");
      expect((await request.get("/api/containers/no-such-container-xyz/top")).status()).toBe(404);

      const top = await request.get(`/api/containers/${running}/top?ps_args=-o pid,comm`);
      expect(top.status()).toBe(200);
      const list = await top.json();
      expect(list.titles).toEqual(["PID", "COMMAND"]);
      expect(list.processes.map((p: string[]) => p[1])).toContain("sleep");

      const bad = await request.get(`/api/containers/${running}/top?ps_args=${encodeURIComponent("aux;id")}`);
      expect(bad.status()).toBe(400);
      expect((await bad.json()).error.code).toBe("invalid_request");
      expect((await request.get(`/api/containers/${running}/top?ps_args=${"a".repeat(65)}`)).status()).toBe(400);
      expect((await request.get(`/api/containers/${running}/top?other=1`)).status()).toBe(400);

      const notRunning = await request.get(`/api/containers/${stopped}/top`);
      expect(notRunning.status()).toBe(409);
      expect((await notRunning.json()).error.message).toMatch(/not running/);
    } finally {
      removeQuietly(running, stopped);
    }
  });

  test("the stats socket validates what it is sent", async () => {
    const name = uniqueName("sock-stats");
    runSleeper(name);
    const socket = io(baseURL, { transports: ["websocket"], extraHeaders: liveSocketHeaders(baseURL), forceNew: true });
    try {
      const ask = (event: string, payload: unknown) =>
        new Promise<{ ok: boolean; id?: string; code?: string; message?: string }>((resolve) => socket.emit(event, payload, resolve));
      expect(await ask("stats:watch", { container: "../etc" })).toMatchObject({ ok: false, code: "invalid_request" });
      expect(await ask("stats:watch", "web")).toMatchObject({ ok: false, code: "invalid_request" });
      expect(await ask("stats:watch", { container: "no-such-container-xyz" })).toMatchObject({
        ok: false,
        code: "not_found",
        message: expect.stringMatching(/no such container/i),
      });
      const sample = new Promise<{ id: string; sample: { pids: number } }>((resolve) =>
        socket.once("stats:samples", (m: { samples: { id: string; sample: { pids: number } }[] }) => resolve(m.samples[0]!)),
      );
      const watched = await ask("stats:watch", { container: name });
      expect(watched).toMatchObject({ ok: true, id: dockerCli("inspect", "--format", "{{.Id}}", name) });
      expect((await sample).id).toBe(watched.id);
      expect(await ask("stats:unwatch", { container: name })).toMatchObject({ ok: true });
    } finally {
      socket.close();
      removeQuietly(name);
    }
  });
});
