import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { dockerCli, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { imageExists, imageId, imageRow, removeImagesQuietly } from "./support/images";
import { openContainer, toolbar } from "./support/screens";
import { readTar } from "./support/tar-files";

// docker commit, import, save, load and export from the browser, each checked with the docker CLI.

test.describe.configure({ mode: "serial" });

test.describe("commit, import, save, load, export", () => {
  const suffix = uniqueName("x").slice(2);
  const sleeper = uniqueName("xfer");
  const committed = `berth-e2e/committed:${suffix}`;
  const imported = `berth-e2e/imported:${suffix}`;
  const saved = `berth-e2e/saved:${suffix}`;
  const dir = mkdtempSync(join(tmpdir(), "berth-xfer-"));
  let savedTar = "";

  test.beforeAll(() => {
    runSleeper(sleeper);
    dockerCli("exec", sleeper, "sh", "-c", `echo written-${suffix} > /written.txt`);
  });
  test.afterAll(() => {
    removeQuietly(sleeper);
    removeImagesQuietly(committed, imported, saved);
    rmSync(dir, { recursive: true, force: true });
  });

  async function openImagesDialog(page: Page, button: string, title: string) {
    await page.goto("/images");
    await page.getByRole("button", { name: button, exact: true }).click();
    return page.getByRole("dialog", { name: title });
  }

  test("commits a container after a file was written in it", async ({ page }) => {
    await openContainer(page, sleeper);
    await toolbar(page).getByRole("button", { name: "Commit" }).click();
    const dialog = page.getByRole("dialog", { name: `Commit ${sleeper} to an image` });
    await dialog.getByRole("textbox", { name: "Repository" }).fill("berth-e2e/committed");
    await dialog.getByRole("textbox", { name: "Tag", exact: true }).fill(suffix);
    await dialog.getByRole("textbox", { name: "Comment" }).fill("from the e2e test");
    await dialog.getByRole("textbox", { name: /Changes/ }).fill("ENV BERTH_COMMITTED=1");
    await dialog.getByRole("button", { name: "Commit", exact: true }).click();
    await expect(dialog.getByRole("status")).toContainText(`Committed as ${committed}`);

    expect(dockerCli("run", "--rm", committed, "cat", "/written.txt")).toBe(`written-${suffix}`);
    const inspect = JSON.parse(dockerCli("image", "inspect", committed))[0] as { Comment: string; Config: { Env: string[] } };
    expect(inspect.Comment).toBe("from the e2e test");
    expect(inspect.Config.Env).toContain("BERTH_COMMITTED=1");
    // Paused for the commit, running again after it.
    expect(dockerCli("inspect", "--format", "{{.State.Status}}", sleeper)).toBe("running");
  });

  test("exports a container's filesystem as a streamed download", async ({ page }) => {
    await openContainer(page, sleeper);
    const [download] = await Promise.all([page.waitForEvent("download"), toolbar(page).getByRole("link", { name: "Export filesystem" }).click()]);
    expect(download.suggestedFilename()).toBe(`${sleeper}.tar`);
    const path = join(dir, "export.tar");
    await download.saveAs(path);
    const entries = await readTar(path, (name) => name === "written.txt");
    expect(entries.get("written.txt")).toBe(`written-${suffix}\n`);
    expect(entries.has("bin/busybox") || entries.has("bin/sh")).toBe(true);
  });

  test("imports a root filesystem tar made with docker export", async ({ page }) => {
    const rootfs = join(dir, "rootfs.tar");
    dockerCli("export", "-o", rootfs, sleeper);
    const dialog = await openImagesDialog(page, "Import", "Import a root filesystem");
    await dialog.getByLabel("Root filesystem tar").setInputFiles(rootfs);
    await dialog.getByRole("textbox", { name: "Repository" }).fill("berth-e2e/imported");
    await dialog.getByRole("textbox", { name: "Tag", exact: true }).fill(suffix);
    await dialog.getByRole("textbox", { name: "Message" }).fill("imported by e2e");
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    await expect(dialog.getByRole("status")).toContainText(`Imported as ${imported}`);

    const inspect = JSON.parse(dockerCli("image", "inspect", imported))[0] as { RepoTags: string[]; Comment: string; RootFS: { Layers: string[] } };
    expect(inspect.RepoTags).toContain(imported);
    expect(inspect.Comment).toBe("imported by e2e");
    expect(inspect.RootFS.Layers).toHaveLength(1);
    expect(dockerCli("run", "--rm", imported, "/bin/cat", "/written.txt")).toBe(`written-${suffix}`);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(imageRow(page, "berth-e2e/imported", suffix)).toHaveCount(1);
  });

  test("saves an image as a tar with manifest.json, then loads it back after rmi", async ({ page }) => {
    dockerCli("tag", committed, saved);
    const id = imageId(saved);
    await page.goto(`/images/${encodeURIComponent(saved)}`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Save", exact: true }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.tar$/);
    savedTar = join(dir, "saved.tar");
    await download.saveAs(savedTar);
    const entries = await readTar(savedTar, (name) => name === "manifest.json");
    const manifest = JSON.parse(entries.get("manifest.json")!) as { RepoTags: string[] }[];
    expect(manifest.flatMap((m) => m.RepoTags)).toEqual(expect.arrayContaining([committed, saved]));

    dockerCli("rmi", saved, committed);
    expect(imageExists(saved)).toBe(false);

    const dialog = await openImagesDialog(page, "Load", "Load images");
    await dialog.getByLabel("Image tar").setInputFiles(savedTar);
    await dialog.getByRole("button", { name: "Load", exact: true }).click();
    const loaded = dialog.getByRole("list", { name: "Loaded images" });
    await expect(loaded).toContainText(saved);
    await expect(loaded).toContainText(committed);
    expect(imageId(saved)).toBe(id);
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(imageRow(page, "berth-e2e/saved", suffix)).toHaveCount(1);
  });

  test("bad input is a 4xx with a clear message", async ({ request }) => {
    const noBody = await request.post("/api/images/import?repository=berth-e2e/none");
    expect(noBody.status()).toBe(400);
    expect((await noBody.json()).error.message).toContain("Upload a root filesystem tar");

    const badRepo = await request.post("/api/images/import?repository=Bad", { data: Buffer.from("x") });
    expect(badRepo.status()).toBe(400);
    expect((await badRepo.json()).error.message).toContain('Repository names must be lowercase ("Bad")');

    const noLoad = await request.post("/api/images/load");
    expect(noLoad.status()).toBe(400);
    expect((await noLoad.json()).error.message).toContain("Upload an image tar");

    const notATar = await request.post("/api/images/load", { data: Buffer.from("this is not a tar".repeat(100)) });
    expect(notATar.status()).toBe(400);

    const unknown = await request.get(`/api/images/save?names=berth-e2e/no-such-image:${suffix}`);
    expect(unknown.status()).toBe(404);
    const none = await request.get("/api/images/save");
    expect(none.status()).toBe(400);

    const badCommit = await request.post(`/api/containers/${sleeper}/commit`, { data: { repository: "app", tag: "-bad" } });
    expect(badCommit.status()).toBe(400);
    expect((await badCommit.json()).error.fields).toHaveProperty("tag");

    const noContainer = await request.get(`/api/containers/no-such-container-${suffix}/export`);
    expect(noContainer.status()).toBe(404);
  });
});
