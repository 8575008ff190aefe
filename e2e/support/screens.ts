import { expect, type Locator, type Page } from "@playwright/test";

// Locators for the containers screen, by role and accessible name as a user (or screen reader) finds them.

export function containerList(page: Page): Locator {
  return page.getByRole("navigation", { name: "Containers" });
}

/** The list row of one container, matched on its exact name. */
export function containerRow(page: Page, name: string): Locator {
  return containerList(page)
    .getByRole("listitem")
    .filter({ has: page.getByTitle(name, { exact: true }) });
}

export function detailPane(page: Page): Locator {
  return page.getByRole("region", { name: "Container details" });
}

export function toolbar(page: Page): Locator {
  return detailPane(page).getByRole("group", { name: "Container actions" });
}

/** The row's status icon is an image named by the state ("running", "exited", …). */
export async function expectRowState(page: Page, name: string, state: string) {
  await expect(containerRow(page, name).getByRole("img", { name: state, exact: true })).toBeVisible();
}

export async function openContainer(page: Page, name: string) {
  await page.goto(`/containers/${encodeURIComponent(name)}`);
  await expect(detailPane(page).getByRole("heading", { name, exact: true })).toBeVisible();
}

/**
 * The containers screen, once it can be used: its rows are drawn only after the page has hydrated and has the
 * list, and a click or a filter typed before that is lost on a busy machine. The engine holds at least one row.
 */
export async function openContainersList(page: Page) {
  await page.goto("/containers");
  await expect(containerList(page).getByRole("listitem").first()).toBeVisible();
}

/** A value set on window survives only as long as the page is not reloaded. */
export async function markPage(page: Page) {
  await page.evaluate(() => ((window as unknown as { __berthMark: number }).__berthMark = 1));
}

export async function expectSamePage(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __berthMark?: number }).__berthMark)).toBe(1);
}
