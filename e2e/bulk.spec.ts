import { expect, test } from "@playwright/test";
import { containerExists, containerState, removeQuietly, runSleeper, runToExit, uniqueName } from "./support/docker-cli";
import { containerList, containerRow, openContainersList } from "./support/screens";

// Bulk actions: several containers, one task, a result per container — checked against the engine.
test("shift-click selects a range; stop stops all three; remove shows what goes, then removes them", async ({ page }) => {
  const prefix = uniqueName("bulk");
  const names = [`${prefix}-1`, `${prefix}-2`, `${prefix}-3`];
  for (const n of names) runSleeper(n);
  try {
    await openContainersList(page);
    await page.getByRole("searchbox", { name: "Filter containers" }).fill(prefix);
    await expect(containerList(page).getByRole("listitem")).toHaveCount(3);
    await containerRow(page, names[0]!).getByRole("checkbox", { name: `Select ${names[0]}` }).click();
    await containerRow(page, names[2]!).getByRole("checkbox", { name: `Select ${names[2]}` }).click({ modifiers: ["Shift"] });
    for (const n of names) await expect(containerRow(page, n).getByRole("checkbox")).toBeChecked();
    await expect(page.getByText("3 selected")).toBeVisible();

    const bulk = page.getByRole("group", { name: "Bulk actions" });
    await bulk.getByRole("button", { name: "Stop", exact: true }).click();
    for (const n of names) await expect.poll(() => containerState(n), { timeout: 30_000 }).toBe("exited");
    const result = page.getByRole("region", { name: "Bulk result" });
    for (const n of names) await expect(result.getByRole("listitem", { name: `${n} done` })).toBeVisible();

    await bulk.getByRole("button", { name: "Remove" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove 3 containers?" });
    const goes = dialog.getByRole("list", { name: "What goes" });
    for (const n of names) await expect(goes).toContainText(n);
    await dialog.getByRole("button", { name: "Remove" }).click();
    for (const n of names) await expect.poll(() => containerExists(n), { timeout: 20_000 }).toBe(false);
    await expect(containerList(page).getByRole("listitem")).toHaveCount(0);
  } finally {
    removeQuietly(...names);
  }
});

test("select all matching the filter; removing a running one without force fails for it alone", async ({ page }) => {
  const prefix = uniqueName("bulkf");
  const stopped = `${prefix}-a`;
  const running = `${prefix}-b`;
  runToExit(stopped, ["true"]);
  runSleeper(running);
  try {
    await openContainersList(page);
    await page.getByRole("searchbox", { name: "Filter containers" }).fill(prefix);
    await expect(containerList(page).getByRole("listitem")).toHaveCount(2);
    await page.getByRole("checkbox", { name: "Select all matching the filter" }).check();
    await expect(page.getByText("2 selected")).toBeVisible();
    await page.getByRole("group", { name: "Bulk actions" }).getByRole("button", { name: "Remove" }).click();
    const dialog = page.getByRole("dialog", { name: "Remove 2 containers?" });
    await expect(dialog.getByRole("list", { name: "What goes" })).toContainText(running);
    await dialog.getByRole("button", { name: "Remove" }).click();

    const result = page.getByRole("region", { name: "Bulk result" });
    await expect(result.getByRole("listitem", { name: `${stopped} done` })).toBeVisible({ timeout: 20_000 });
    await expect(result.getByRole("listitem", { name: `${running} failed` })).toBeVisible();
    expect(containerExists(stopped)).toBe(false);
    expect(containerState(running)).toBe("running");
  } finally {
    removeQuietly(stopped, running);
  }
});
