import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { logPanel, openLogs, runScript } from "./support/logs";
import { expectRowState, expectSamePage, markPage } from "./support/screens";

// The engine killed outright (kill -9, no clean shutdown) while pages are open: the banner within 2 s, and within
// 5 s of the engine's return the open views are live again without a reload — the list, and a log view following
// again with what the engine kept (the container, restarted by its policy, prints a new boot id).

const engineStart = () => execFileSync("bash", ["scripts/sandbox.sh", "engine-start"], { stdio: "inherit", timeout: 90_000 });

function killEngine() {
  const pid = Number(readFileSync(path.join(process.env.BERTH_SANDBOX_DIR ?? "/tmp/berth-sandbox", "docker.pid"), "utf8").trim());
  expect(pid).toBeGreaterThan(1);
  process.kill(pid, "SIGKILL");
}

test("engine kill -9 → banner within 2 s; back → list and a following log view live within 5 s, no reload", async ({ page }) => {
  test.setTimeout(150_000);
  const logger = uniqueName("fault-log");
  // A new boot id each time the restart policy starts it again.
  runScript(logger, 'boot=$(cut -c1-8 /proc/sys/kernel/random/uuid); i=0; while true; do i=$((i+1)); echo "boot-$boot line-$i"; sleep 0.3; done', ["--restart", "always"]);
  try {
    await openLogs(page, logger);
    await expect(logPanel(page)).toContainText(/boot-\w+ line-\d+/);
    const before = new Set((await logPanel(page).innerText()).match(/boot-\w+/g));
    await markPage(page);
    const banner = page.getByRole("alert").filter({ hasText: "Docker engine not reachable at" });

    killEngine();
    try {
      await expect(banner).toBeVisible({ timeout: 2_000 });
    } finally {
      engineStart();
    }
    await expect(banner).toHaveCount(0, { timeout: 5_000 });
    // Following again: a line from the container's next life, below what the view already held.
    await expect
      .poll(async () => ((await logPanel(page).innerText()).match(/boot-\w+/g) ?? []).some((b) => !before.has(b)), { timeout: 5_000 })
      .toBe(true);
    // The list is live too: a container started now shows up.
    const name = uniqueName("fault-after");
    try {
      runSleeper(name);
      await expectRowState(page, name, "running");
    } finally {
      removeQuietly(name);
    }
    await expectSamePage(page);
  } finally {
    removeQuietly(logger);
  }
});
