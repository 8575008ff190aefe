import { expect, test } from "@playwright/test";
import { readFileSync } from "node:fs";
import { dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { confirmRemove, inspectVolumeCli, removeVolumesQuietly, tableRow, volumeNames } from "./support/volnet";

// The volumes screen against the sandbox engine: `docker volume` is the judge.

test.describe("volumes", () => {
  test("create from the form with driver options and labels; a bad name creates nothing", async ({ page }) => {
    const name = uniqueName("vol-ui");
    try {
      await page.goto("/volumes");
      await page.getByRole("button", { name: "+ New volume" }).click();
      const dialog = page.getByRole("dialog", { name: "New volume" });

      await dialog.getByLabel("Name", { exact: true }).fill("-bad name");
      await dialog.getByRole("button", { name: "Create volume" }).click();
      await expect(dialog.getByText(/Use letters, digits/)).toBeVisible();
      await expect(dialog.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
      expect(volumeNames()).not.toContain("-bad name");

      await dialog.getByLabel("Name", { exact: true }).fill(name);
      await expect(dialog.getByLabel("Driver", { exact: true })).toHaveValue("local");
      await dialog.getByRole("button", { name: "+ Add option" }).click();
      const options = dialog.getByRole("region", { name: "Driver options" });
      await options.getByLabel("Option 1", { exact: true }).fill("type");
      await options.getByLabel("Value 1", { exact: true }).fill("tmpfs");
      await dialog.getByRole("button", { name: "+ Add option" }).click();
      await options.getByLabel("Option 2", { exact: true }).fill("device");
      await options.getByLabel("Value 2", { exact: true }).fill("tmpfs");
      await dialog.getByRole("button", { name: "+ Add label" }).click();
      await dialog.getByLabel("Label 1", { exact: true }).fill("berth.test");
      await dialog.getByRole("region", { name: "Labels" }).getByLabel("Value 1", { exact: true }).fill("volumes");
      await dialog.getByRole("button", { name: "Create volume" }).click();
      await expect(dialog).toBeHidden();

      await expect(tableRow(page, "Volumes", name)).toBeVisible();
      await expect(tableRow(page, "Volumes", name).getByText("berth.test=volumes")).toBeVisible();
      const v = inspectVolumeCli(name);
      expect(v.Driver).toBe("local");
      expect(v.Labels).toEqual({ "berth.test": "volumes" });
      expect(v.Options).toEqual({ type: "tmpfs", device: "tmpfs" });

      await tableRow(page, "Volumes", name).getByRole("link", { name, exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
      await expect(page.getByRole("region", { name: "Used by" }).getByText("unused")).toBeVisible();
    } finally {
      removeVolumesQuietly(name);
    }
  });

  test("shows users, refuses removal while in use, removes when unused, filters dangling", async ({ page }) => {
    const used = uniqueName("vol-used");
    const dangling = uniqueName("vol-dangling");
    const ctr = uniqueName("vol-user");
    dockerCli("volume", "create", dangling);
    try {
      runSleeper(ctr, ["-v", `${used}:/data`]);
      await page.goto("/volumes");
      const usedRow = tableRow(page, "Volumes", used);
      await expect(usedRow.getByRole("link", { name: ctr, exact: true })).toBeVisible();
      await expect(tableRow(page, "Volumes", dangling).getByText("unused")).toBeVisible();

      await page.getByLabel("Dangling only").check();
      await expect(tableRow(page, "Volumes", dangling)).toBeVisible();
      await expect(usedRow).toBeHidden();
      await page.getByLabel("Dangling only").uncheck();
      await expect(usedRow).toBeVisible();

      const dialog = await confirmRemove(page, `Remove volume ${used}`, "volume");
      await expect(dialog.getByRole("alert")).toContainText(ctr);
      await expect(dialog.getByRole("alert")).toContainText("in use");
      expect(volumeNames()).toContain(used);
      await dialog.getByRole("button", { name: "Cancel" }).click();

      // Removing the container elsewhere: the list follows by itself through engine events.
      removeQuietly(ctr);
      await expect(usedRow.getByText("unused")).toBeVisible();
      const again = await confirmRemove(page, `Remove volume ${used}`, "volume");
      await expect(again).toBeHidden();
      await expect(usedRow).toBeHidden();
      expect(volumeNames()).not.toContain(used);
    } finally {
      removeQuietly(ctr);
      removeVolumesQuietly(used, dangling);
    }
  });

  test("API refuses to remove a volume in use with 409 naming the container", async ({ request }) => {
    const vol = uniqueName("vol-api");
    const ctr = uniqueName("vol-api-user");
    try {
      runSleeper(ctr, ["-v", `${vol}:/data`]);
      const res = await request.delete(`/api/volumes/${vol}`);
      expect(res.status()).toBe(409);
      const body = await res.json();
      expect(body.error.code).toBe("volume_in_use");
      expect(body.error.message).toContain(ctr);
      expect(volumeNames()).toContain(vol);
      const bad = await request.post("/api/volumes", { data: { name: "-x" } });
      expect(bad.status()).toBe(400);
    } finally {
      removeQuietly(ctr);
      removeVolumesQuietly(vol);
    }
  });

  test("browse a volume's files read-only and download one, through a helper that goes away", async ({ page, request }) => {
    const vol = uniqueName("vol-files");
    dockerCli("run", "--rm", "-v", `${vol}:/v`, FIXTURE_IMAGE, "sh", "-c", "mkdir /v/logs && echo hello volume > /v/logs/app.log && echo top > /v/readme.txt");
    try {
      await page.goto(`/volumes/${vol}`);
      await page.getByRole("button", { name: "Browse files" }).click();
      const files = page.getByRole("table", { name: "Volume files" });
      await expect(files.getByText("readme.txt")).toBeVisible();
      await files.getByRole("button", { name: "logs/" }).click();
      await expect(files.getByText("app.log")).toBeVisible();

      const [download] = await Promise.all([page.waitForEvent("download"), files.getByRole("link", { name: "Download app.log" }).click()]);
      expect(download.suggestedFilename()).toBe("app.log");
      expect(readFileSync((await download.path())!, "utf8")).toBe("hello volume\n");

      // Helpers are removed once done; none is left behind.
      await expect.poll(() => dockerCli("ps", "-aq", "--filter", "label=berth.helper")).toBe("");
      expect((await request.get(`/api/volumes/${vol}/files?path=/../etc`)).status()).toBe(400);
      expect((await request.get(`/api/volumes/${vol}/files/download?path=/nope.txt`)).status()).toBe(404);
    } finally {
      removeVolumesQuietly(vol);
    }
  });
});
