import { expect, test } from "@playwright/test";
import { startBerth, type BerthServer } from "./support/berth-server";
import { dockerCli, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { logPanel, logRow, runScript } from "./support/logs";
import { containerRow, expectRowState, expectSamePage, markPage } from "./support/screens";

// Berth itself killed (kill -9, no goodbye to the browsers) and started again while pages are open: the browser's
// socket reconnects on its own, and each open view catches up with what the engine did meanwhile: the list shows a
// container started and one stopped while Berth was away, a followed log shows the lines written meanwhile and goes
// on following. A server of the test's own, so the suite's server is left alone.

const PORT = Number(process.env.BERTH_E2E_PORT ?? 3111) + 15;

test("Berth killed and restarted → open pages reconnect and catch up without a reload", { tag: "@alone" }, async ({ page }) => {
  test.setTimeout(120_000);
  const stays = uniqueName("restart-stays");
  const stopped = uniqueName("restart-stopped");
  const born = uniqueName("restart-born");
  const chatty = uniqueName("restart-chatty");
  let server: BerthServer | undefined;
  try {
    runSleeper(stays);
    runSleeper(stopped);
    runScript(chatty, "i=0; while true; do i=$((i+1)); echo line-$i; sleep 0.2; done");
    server = await startBerth(PORT);

    await page.goto(`${server.base}/containers/${encodeURIComponent(chatty)}?tab=logs`);
    await expect(logRow(page, /^line-\d+$/).first()).toBeVisible();
    await expectRowState(page, stopped, "running");
    await markPage(page);
    const live = page.getByRole("banner").getByText("Live", { exact: true });
    await expect(live).toBeVisible();

    process.kill(server.pid, "SIGKILL");
    await server.exited;
    await expect(page.getByRole("banner").getByText("Reconnecting…")).toBeVisible();
    // What the engine does while Berth is away.
    runSleeper(born);
    dockerCli("stop", "-t", "1", stopped);
    const missedUpTo = Number(/line-(\d+)\s*$/.exec(dockerCli("logs", "--tail", "1", chatty))![1]);

    server = await startBerth(PORT);
    await expect(live).toBeVisible({ timeout: 15_000 });
    await expectRowState(page, born, "running");
    await expectRowState(page, stopped, "exited");
    await expectRowState(page, stays, "running");
    // The log follows again, from where it was: a line written while Berth was down shows, and newer ones keep coming.
    await expect(logRow(page, new RegExp(`^line-${missedUpTo}$`))).toHaveCount(1);
    await expect(logRow(page, new RegExp(`^line-${missedUpTo + 10}$`))).toHaveCount(1);
    await expect(logPanel(page)).toBeVisible();
    await expectSamePage(page);
    expect(await containerRow(page, born).count()).toBe(1);
  } finally {
    server?.stop();
    removeQuietly(stays, stopped, born, chatty);
  }
});
