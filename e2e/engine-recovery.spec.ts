import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { logRow } from "./support/logs";
import { containerList, detailPane, expectRowState, expectSamePage, markPage } from "./support/screens";
import { terminalForm, terminalStatus } from "./support/terminal";

function sandboxEngine(verb: "engine-stop" | "engine-kill" | "engine-start") {
  execFileSync("bash", ["scripts/sandbox.sh", verb], { stdio: "inherit", timeout: 90_000 });
}

test("engine stopped → banner; engine back → recovery without reload", { tag: "@alone" }, async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  await expect(containerList(page)).toBeVisible();
  await markPage(page);
  const banner = page.getByRole("alert").filter({ hasText: "Docker engine not reachable at" });
  await expect(banner).toHaveCount(0);
  // The header's reclaimable space is measured (it may be nothing, then no figure shows).
  const cleanup = page.getByRole("banner").getByRole("link", { name: /^Clean up/ });
  await expect(cleanup).toHaveAttribute("title", /Now: /);

  sandboxEngine("engine-stop");
  try {
    await expect(banner).toBeVisible();
    await expect(banner).toContainText(`${process.env.DOCKER_HOST}: start Docker or set DOCKER_HOST`);
    // No figure from before presented as current: the header says it does not know.
    await expect(cleanup).toContainText("space unknown");
    await expect(cleanup).toHaveAttribute("title", /Docker engine not reachable/);
    const api = await page.request.get("/api/containers?all=1");
    expect(api.status()).toBe(503);
    expect((await api.json()).error.code).toBe("engine_unreachable");
  } finally {
    sandboxEngine("engine-start");
  }

  await expect(banner).toHaveCount(0, { timeout: 15_000 });
  // Measured once more now that the engine is back.
  await expect(cleanup).toHaveAttribute("title", /Now: /);
  await expect(cleanup).not.toContainText("space unknown");
  const name = uniqueName("after");
  try {
    runSleeper(name);
    await expectRowState(page, name, "running");
    await expectSamePage(page);
  } finally {
    removeQuietly(name);
  }
});

// The engine crashes (SIGKILL: no goodbye on any stream) while four views are open: the banner within 2 s, and within
// 5 s of the engine's return each view is live again without a reload. The containers have a restart policy, so the
// engine brings them back itself, as it would on a host.
test("engine killed (kill -9) → banner within 2 s; engine back → every open view live again within 5 s", { tag: "@alone" }, async ({ context }) => {
  test.setTimeout(180_000);
  const chatty = uniqueName("crash-chatty");
  const busy = uniqueName("crash-busy");
  const born = uniqueName("crash-born");
  const always = ["run", "-d", "--restart", "always", "--name"];
  dockerCli(...always, chatty, FIXTURE_IMAGE, "sh", "-c", "trap 'exit 0' TERM; i=0; while true; do i=$((i+1)); echo tick-$i; sleep 0.2; done");
  dockerCli(...always, busy, FIXTURE_IMAGE, "sh", "-c", "trap 'exit 0' TERM; while :; do :; done");
  try {
    // Logs (with the list beside them), stats, a terminal and the events screen, each in its own tab.
    const logs = await context.newPage();
    await logs.goto(`/containers/${encodeURIComponent(chatty)}?tab=logs`);
    await expect(logRow(logs, /^tick-\d+$/).first()).toBeVisible({ timeout: 30_000 });
    const stats = await context.newPage();
    await stats.goto(`/containers/${encodeURIComponent(busy)}?tab=stats`);
    const cpu = detailPane(stats).getByRole("group", { name: "CPU", exact: true });
    await expect(cpu).toContainText(/\d+(\.\d+)?%/, { timeout: 15_000 });
    const terminal = await context.newPage();
    await terminal.goto(`/containers/${encodeURIComponent(busy)}?tab=terminal`);
    await terminalForm(terminal).getByRole("button", { name: "Connect" }).click();
    await expect(terminalStatus(terminal)).toHaveText(/Connected: sh/, { timeout: 30_000 });
    const events = await context.newPage();
    await events.goto("/events");
    await expect(events.getByText("live", { exact: true })).toBeVisible({ timeout: 30_000 });
    const pages = [logs, stats, terminal, events];
    for (const p of pages) await markPage(p);
    const banner = (p: typeof logs) => p.getByRole("alert").filter({ hasText: "Docker engine not reachable at" });

    sandboxEngine("engine-kill");
    try {
      for (const p of pages) await expect(banner(p)).toBeVisible({ timeout: 2_000 });
      // The terminal says its session ended and offers a new one.
      await expect(terminalStatus(terminal)).not.toHaveText(/Connected/);
    } finally {
      sandboxEngine("engine-start");
    }

    const back = { timeout: 5_000 };
    for (const p of pages) await expect(banner(p)).toHaveCount(0, back);
    // The list: a container started after the return shows up; the engine restarted the two it had.
    runSleeper(born);
    await expectRowState(logs, born, "running");
    await expectRowState(logs, chatty, "running");
    // Stats: a fresh figure for the restarted busy loop.
    await expect(cpu).toContainText(/\d+(\.\d+)?%/, back);
    await expect.poll(async () => Number(/([\d.]+)%/.exec((await cpu.textContent()) ?? "")?.[1] ?? 0), back).toBeGreaterThan(1);
    // The terminal: a new session connects.
    const connect = terminalForm(terminal).getByRole("button", { name: "Connect" });
    await expect(connect).toBeEnabled(back);
    await connect.click();
    await expect(terminalStatus(terminal)).toHaveText(/Connected: sh/, back);
    // Events: the start of the container born after the return arrives live.
    await expect(events.getByRole("table", { name: "Events" }).getByRole("row").filter({ hasText: born }).first()).toBeVisible(back);
    for (const p of pages) await expectSamePage(p);
  } finally {
    removeQuietly(chatty, busy, born);
  }
});
