import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { containerList, expectRowState, expectSamePage, markPage } from "./support/screens";

function sandboxEngine(verb: "engine-stop" | "engine-start") {
  execFileSync("bash", ["scripts/sandbox.sh", verb], { stdio: "inherit", timeout: 90_000 });
}

test("engine stopped → banner; engine back → recovery without reload", async ({ page }) => {
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
