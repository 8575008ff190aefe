import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, type Locator, type Page } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE } from "./docker-cli";

// Helpers for the create form and Settings specs: the full `docker inspect` (the judge of what the
// engine holds), throw-away host dirs and volumes, and the form's locators.

/** `docker inspect` as parsed JSON; loose on purpose (tests read a few known keys). */
export function inspectFull(ref: string): any {
  return JSON.parse(dockerCli("container", "inspect", ref))[0];
}

export function allContainerNames(): string[] {
  return dockerCli("ps", "-a", "--format", "{{.Names}}").split("\n").filter(Boolean).sort();
}

export function tempHostDir(prefix: string): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}

export function removeVolumesQuietly(...names: string[]) {
  for (const n of names) {
    try {
      dockerCli("volume", "rm", "-f", n);
    } catch {
      // Already gone.
    }
  }
}

export function removeNetworkQuietly(name: string) {
  try {
    dockerCli("network", "rm", name);
  } catch {
    // Already gone.
  }
}

export function newForm(page: Page): Locator {
  return page.getByRole("form", { name: "New container" });
}

/** Opens `/new` with the fixture image preselected (as the images screen will link to it). */
export async function openNewForm(page: Page, image = FIXTURE_IMAGE) {
  await page.goto(`/new?image=${encodeURIComponent(image)}`);
  await expect(newForm(page)).toBeVisible();
}

export function field(scope: Page | Locator, name: string): Locator {
  return scope.getByRole("textbox", { name, exact: true });
}

/** The field is marked invalid and its error message (aria-describedby) says `message`. */
export async function expectFieldError(input: Locator, message: RegExp) {
  await expect(input).toHaveAttribute("aria-invalid", "true");
  await expect(input).toHaveAccessibleDescription(message);
}
