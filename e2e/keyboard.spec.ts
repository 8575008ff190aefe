import { expect, test } from "@playwright/test";
import { containerState, inspectContainer, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { containerList, detailPane, openContainer, toolbar } from "./support/screens";

// The single-key shortcuts of the container screen, checked against the engine.
test("s, r, l and t drive the selected container; arrows move the selection", async ({ page }) => {
  const a = uniqueName("keys-a");
  const b = uniqueName("keys-b");
  runSleeper(a);
  runSleeper(b);
  try {
    await openContainer(page, a);
    const startButton = toolbar(page).getByRole("button", { name: "Start", exact: true });
    const stopButton = toolbar(page).getByRole("button", { name: "Stop", exact: true });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur()); // keys go to the page, not a field

    // Like a user, press the next key once the screen shows the last one took effect.
    await page.keyboard.press("s");
    await expect.poll(() => containerState(a)).toBe("exited");
    await expect(startButton).toBeEnabled();
    await page.keyboard.press("s");
    await expect.poll(() => containerState(a)).toBe("running");
    await expect(stopButton).toBeEnabled();

    const started = inspectContainer(a).State.StartedAt;
    await page.keyboard.press("r");
    await expect.poll(() => inspectContainer(a).State.StartedAt).not.toBe(started);

    await page.keyboard.press("l");
    await expect(page).toHaveURL(/\?tab=logs$/);
    await expect(detailPane(page).getByRole("tab", { name: "Logs" })).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("t");
    await expect(page).toHaveURL(/\?tab=terminal$/);

    // Typing in the filter is text, not commands.
    const filter = page.getByRole("searchbox", { name: "Filter containers" });
    await filter.fill("keys-");
    await filter.press("s");
    await expect(filter).toHaveValue("keys-s");
    expect(containerState(a)).toBe("running");
    await filter.fill("keys-");

    // Arrow keys on the list move the selection.
    const current = containerList(page).locator("a[aria-current='page']");
    await current.focus();
    const before = await current.getAttribute("href");
    await page.keyboard.press("ArrowDown");
    await expect(containerList(page).locator("a[aria-current='page']")).not.toHaveAttribute("href", before ?? "");
  } finally {
    removeQuietly(a, b);
  }
});
