import { expect, test } from "@playwright/test";
import { containerState, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { detailPane, openContainer } from "./support/screens";

// The command palette: jump anywhere by part of a name, or run a verb on a container — checked against the engine.
test("Ctrl+K, part of a container's name, Stop: the engine stops it; an image opens its screen", async ({ page }) => {
  const name = uniqueName("palette-target");
  runSleeper(name);
  try {
    await page.goto("/volumes");
    const palette = page.getByRole("dialog", { name: "Command palette" });
    await expect(page.getByRole("heading", { name: "Volumes" }).first()).toBeVisible();
    await page.keyboard.press("Control+k");
    await expect(palette).toBeVisible();
    await palette.getByRole("combobox").fill(name.slice(0, 14) + name.slice(-4));
    await palette.getByRole("option", { name: new RegExp(name) }).first().click();
    await palette.getByRole("option", { name: "Stop", exact: true }).click();
    await expect(palette).toBeHidden();
    await expect.poll(() => containerState(name), { timeout: 20_000 }).toBe("exited");

    // Recent first: with no query, the container just used is offered at the top.
    await page.keyboard.press("Control+k");
    await expect(palette.getByRole("option").first()).toContainText(name);
    await palette.getByRole("combobox").fill(FIXTURE_IMAGE.split("/").pop()!.split(":")[0]!);
    await palette.getByRole("option", { name: /Image$/ }).first().click();
    await expect(page).toHaveURL(/\/images\/.+/);
    await expect(page.getByRole("dialog", { name: "Command palette" })).toBeHidden();
  } finally {
    removeQuietly(name);
  }
});

test("? lists the shortcuts from the registry, and Escape closes it", async ({ page }) => {
  const name = uniqueName("palette-help");
  runSleeper(name);
  try {
    await openContainer(page, name);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Shift+?");
    const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(help).toBeVisible();
    for (const text of ["Open the command palette", "Start or stop the container", "Focus the container filter", "Copy the selection"]) {
      await expect(help.getByText(text)).toBeVisible();
    }
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
    await expect(detailPane(page)).toBeVisible();
  } finally {
    removeQuietly(name);
  }
});
