import { expect, test } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, removeQuietly, uniqueName } from "./support/docker-cli";
import { pushFreshImage, REGISTRY, removeImagesQuietly } from "./support/images";
import { containerList, detailPane } from "./support/screens";

// Toasts for what happens while the user looks elsewhere, and a click that goes to the thing.
test("a container that exits 3 on its own raises a toast; clicking it opens the container", async ({ page }) => {
  const name = uniqueName("toast-die");
  try {
    await page.goto("/containers");
    await expect(containerList(page)).toBeVisible();
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

// Open in issue 14: passed on its branch, fails after the merge (no toast in 30 s; not yet understood).
test.fixme("a pull that finishes while the user is on another screen raises a toast that opens the image", async ({ page }) => {
  const suffix = uniqueName("toastpull");
  const ref = `${REGISTRY}/e2e/toast:${suffix}`;
  pushFreshImage(ref, suffix);
  try {
    await page.goto("/volumes");
    await expect(page.getByRole("heading", { name: "Volumes" }).first()).toBeVisible();
    // Started as the images screen would, while this page shows the volumes.
    const status = await page.evaluate(async (reference) => {
      const res = await fetch("/api/images/pull", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ reference }) });
      return res.status;
    }, ref);
    expect(status).toBe(200);
    const toast = page.getByRole("region", { name: "Notifications" }).getByRole("status").filter({ hasText: `Pulled ${ref}` });
    await expect(toast).toBeVisible({ timeout: 30_000 });
    await toast.getByRole("button", { name: new RegExp(`Pulled`) }).click();
    await expect(page).toHaveURL(/\/images\/.+/);
  } finally {
    removeImagesQuietly(ref);
  }
});
