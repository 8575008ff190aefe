import { expect, test, type Page } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, removeQuietly, uniqueName } from "./support/docker-cli";
import { imageExists, pushFreshImage, REGISTRY, removeImagesQuietly } from "./support/images";
import { buildTagged, exists, guardCleanupPosts, rowCheckbox, section, shortImageId } from "./support/cleanup";
import { removeVolumesQuietly } from "./support/volnet";
import { containerList, detailPane } from "./support/screens";

// Toasts for what happens while the user looks elsewhere, and a click that goes to the thing.

/**
 * A page is live once its socket is connected (the top bar says "Live"): a task started before then is pushed to
 * nobody, and one that also ends before then is history to this tab, not news. A pull from the local registry takes
 * well under a second, less than hydrating a page on a busy machine, so a test that starts it on a page it has only
 * just opened must wait for this first, as a user who clicks something has.
 */
async function openLive(page: Page, path: string, heading: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { name: heading }).first()).toBeVisible();
  await expect(page.getByTitle("Changes appear as they happen")).toBeVisible();
}

test("a container that exits 3 on its own raises a toast; clicking it opens the container", async ({ page }) => {
  const name = uniqueName("toast-die");
  try {
    await page.goto("/containers");
    await expect(containerList(page)).toBeVisible();
    // The die event of a container that lives a second is pushed only to a connected page.
    await expect(page.getByTitle("Changes appear as they happen")).toBeVisible();
    dockerCli("run", "-d", "--name", name, FIXTURE_IMAGE, "sh", "-c", "sleep 1; exit 3");
    const toast = page.getByRole("region", { name: "Notifications" }).getByRole("alert").filter({ hasText: `${name} exited with code 3` });
    await expect(toast).toBeVisible({ timeout: 20_000 });
    await toast.getByRole("button", { name: new RegExp(`${name} exited`) }).click();
    await expect(page).toHaveURL(new RegExp(`/containers/${name}`));
    await expect(detailPane(page).getByRole("heading", { name, exact: true })).toBeVisible();
  } finally {
    removeQuietly(name);
  }
});

const notifications = (page: Page) => page.getByRole("region", { name: "Notifications" });

test("a pull that finishes while the user is on another screen raises a toast that opens the image", async ({ page }) => {
  const suffix = uniqueName("toastpull");
  const ref = `${REGISTRY}/e2e/toast:${suffix}`;
  pushFreshImage(ref, suffix);
  try {
    await openLive(page, "/volumes", "Volumes");
    // Started as the images screen would, while this page shows the volumes.
    const status = await page.evaluate(async (reference) => {
      const res = await fetch("/api/images/pull", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ reference }) });
      return res.status;
    }, ref);
    expect(status).toBe(200);
    const toast = notifications(page).getByRole("status").filter({ hasText: `Pulled ${ref}` });
    await expect(toast).toBeVisible({ timeout: 30_000 });
    expect(imageExists(ref)).toBe(true);
    await toast.getByRole("button", { name: new RegExp(`Pulled`) }).click();
    await expect(page).toHaveURL(/\/images\/.+/);
    await expect(page.getByText(ref).first()).toBeVisible();
  } finally {
    removeImagesQuietly(ref);
  }
});

test("a build that fails while the user is on another screen raises an error toast that opens the task centre", async ({ page }) => {
  const tag = `berth-e2e/toast-fail:${uniqueName("t").slice(2)}`;
  try {
    await openLive(page, "/networks", "Networks");
    const status = await page.evaluate(async ({ dockerfile, tag }) => {
      const res = await fetch("/api/images/build", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ dockerfile, tag }) });
      return res.status;
    }, { dockerfile: `FROM ${FIXTURE_IMAGE}\nRUN echo before-failure\nRUN exit 7\n`, tag });
    expect(status).toBe(200);
    const toast = notifications(page).getByRole("alert").filter({ hasText: `Build failed: ${tag}` });
    await expect(toast).toBeVisible({ timeout: 60_000 });
    await expect(toast).toContainText("returned a non-zero code: 7");
    expect(imageExists(tag)).toBe(false);
    await toast.getByRole("button", { name: /Build failed/ }).click();
    await expect(toast).toHaveCount(0);
    // Where the failure is told in full: the task, its error and the build's output.
    const item = page.getByRole("region", { name: "Task centre" }).getByRole("listitem", { name: `build ${tag}` });
    await expect(item).toContainText("Failed");
    await expect(item).toContainText("returned a non-zero code: 7");
    await expect(page).toHaveURL(/\/networks$/);
  } finally {
    removeImagesQuietly(tag);
  }
});

test("a cleanup that finishes after the user left its screen raises a toast with what it reclaimed; a click shows the report", { tag: "@alone" }, async ({ page }) => {
  const p = uniqueName("toastcln");
  const tag = `${p}-img:latest`;
  const vol = `${p}-vol`;
  // One tag built twice: the first build is left dangling, with a layer of its own to reclaim.
  const dangling = buildTagged(tag, `${p}-1`);
  buildTagged(tag, `${p}-2`);
  dockerCli("volume", "create", vol);
  const own = new Set([dangling, vol]);
  try {
    await guardCleanupPosts(page, (id) => own.has(id));
    // The removal is held until the user has gone elsewhere, as a long one on a big engine would be.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/api/cleanup", async (route, request) => {
      if (request.method() !== "POST") return route.fallback();
      await held;
      return route.fallback();
    });
    await openLive(page, "/cleanup", "Clean up");
    await expect(rowCheckbox(section(page, "Dangling images"), shortImageId(dangling))).toBeChecked();
    await expect(rowCheckbox(section(page, "Dangling volumes"), vol)).toBeChecked();
    // Whatever else the shared engine offers is ticked too; the guard lets only this test's two ids through.
    await page.getByRole("button", { name: /^Remove \d+ items?/ }).click();
    await expect(page.getByRole("button", { name: "Removing…" })).toBeVisible();
    await page.getByRole("link", { name: "Volumes", exact: true }).first().click();
    await expect(page).toHaveURL(/\/volumes$/);
    release();

    const toast = notifications(page).getByRole("status").filter({ hasText: /Cleanup reclaimed \d/ });
    await expect(toast).toBeVisible({ timeout: 30_000 });
    await expect(toast).toContainText("2 removed");
    expect(exists("image", dangling)).toBe(false);
    expect(exists("volume", vol)).toBe(false);
    expect(exists("image", tag)).toBe(true);
    await toast.getByRole("button", { name: /Cleanup reclaimed/ }).click();
    await expect(page).toHaveURL(/\/cleanup$/);
    // The report of the run the user left, kept for the screen's return.
    const report = page.getByRole("region", { name: "Cleanup result" });
    await expect(report).toContainText("Removed 2 items");
    await expect(report.getByRole("list", { name: "Removed" })).toContainText(vol);
  } finally {
    removeImagesQuietly(tag, dangling);
    removeVolumesQuietly(vol);
  }
});
