import { execFileSync } from "node:child_process";
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { readTar, tarOf } from "./support/tar-files";
import { confirmRemove, engineEventsBetween, helperContainers, inspectVolumeCli, removeVolumesQuietly, tableRow, volumeNames } from "./support/volnet";

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
});

// Browsing a volume's files: a browse session's helper container, made from whatever image the engine has, that lives
// only while the session does. The sandbox's one image is the fixture; these tests rename or remove it to be a host
// that has never heard of it, and always put it back (later specs need it).

const FILES_SCRIPT = "mkdir /v/logs && echo hello volume > /v/logs/app.log && echo top > /v/readme.txt";

function imageIdOf(ref: string): string {
  return dockerCli("image", "inspect", "--format", "{{.Id}}", ref);
}

function imageExists(ref: string): boolean {
  try {
    imageIdOf(ref);
    return true;
  } catch {
    return false;
  }
}

function filesCard(page: Page): Locator {
  return page.getByRole("region", { name: "Files" });
}

async function browse(page: Page, vol: string): Promise<Locator> {
  await page.goto(`/volumes/${vol}`);
  await filesCard(page).getByRole("button", { name: "Browse files" }).click();
  return page.getByRole("table", { name: "Volume files" });
}

async function downloadedText(page: Page, button: Locator): Promise<{ name: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return { name: download.suggestedFilename(), path: (await download.path())! };
}

/** Opens (or joins) the volume's session through the API, as the page does. */
async function openSession(request: APIRequestContext, vol: string): Promise<{ id: string; method: string; image: string }> {
  const res = await request.post(`/api/volumes/${vol}/browse`, { data: {} });
  expect(res.status()).toBe(201);
  return (await res.json()).session;
}

/**
 * Every screen's API that lists or counts containers: none may name the helper. (The system screen's count is the
 * engine's total less the helpers.)
 */
async function expectHelperInNoList(request: APIRequestContext, helper: { id: string; name: string }, imageId: string) {
  const shows = (body: unknown) => {
    const text = JSON.stringify(body);
    return text.includes(helper.id.slice(0, 12)) || text.includes(helper.name);
  };
  for (const url of ["/api/containers?all=1", "/api/volumes", "/api/networks", "/api/networks/none", "/api/cleanup?unusedImages=1", "/api/security", `/api/images/${encodeURIComponent(imageId)}`]) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(shows(await res.json()), `${url} shows the helper`).toBe(false);
  }
  const system = (await (await request.get("/api/system")).json()) as { engine: { containers: { total: number } } };
  expect(system.engine.containers.total).toBe(Number(dockerCli("info", "--format", "{{.Containers}}")) - 1);
}

/** Container lifecycle events: what no GET may cause. */
const LIFECYCLE = /^(create|start|restart|die|kill|stop|destroy|exec_)/;

test.describe("volume files", { tag: "@alone" }, () => {
  test("browse and download on a host without the fixture's name and no BERTH_HELPER_IMAGE; the helper lives only with the session", async ({ page, request }) => {
    // The server under test inherits this environment: nothing names a helper image for it.
    expect(process.env.BERTH_HELPER_IMAGE).toBeUndefined();
    const vol = uniqueName("vol-files");
    const renamed = "berth-e2e/renamed-busybox:1";
    dockerCli("run", "--rm", "-v", `${vol}:/v`, FIXTURE_IMAGE, "sh", "-c", FILES_SCRIPT);
    const fixtureId = imageIdOf(FIXTURE_IMAGE);
    dockerCli("tag", FIXTURE_IMAGE, renamed);
    dockerCli("rmi", FIXTURE_IMAGE);
    try {
      expect(imageExists(FIXTURE_IMAGE)).toBe(false);
      expect(helperContainers()).toEqual([]);

      const files = await browse(page, vol);
      await expect(files.getByText("readme.txt")).toBeVisible();
      await expect(filesCard(page)).toContainText("folders are listed by find and stat inside it");

      // One helper, made from an image already on the engine (the fixture under its other names, or whatever else
      // earlier specs left that has a shell), and shown in no list.
      const helpers = helperContainers();
      expect(helpers).toHaveLength(1);
      const helper = helpers[0]!;
      const helperImage = dockerCli("container", "inspect", "--format", "{{.Image}}", helper.id);
      expect(dockerCli("images", "-q", "--no-trunc").split("\n")).toContain(helperImage);
      expect(helper.state).toBe("running");
      expect((await (await request.get(`/api/volumes/${vol}`)).json()).volume.users).toEqual([]);
      await expectHelperInNoList(request, helper, helperImage);

      await files.getByRole("button", { name: "logs/" }).click();
      await expect(files.getByText("app.log")).toBeVisible();
      const file = await downloadedText(page, files.getByRole("button", { name: "Download app.log" }));
      expect(file.name).toBe("app.log");
      expect(readFileSync(file.path, "utf8")).toBe("hello volume\n");
      const folder = await downloadedText(page, filesCard(page).getByRole("button", { name: "Download folder as .tar" }));
      expect(folder.name).toBe("logs.tar");
      expect(await readTar(folder.path)).toEqual(new Map([["logs/", ""], ["logs/app.log", "hello volume\n"]]));

      // Listings and downloads used the one helper.
      expect(helperContainers().map((h) => h.id)).toEqual([helper.id]);

      // Close ends the session: its helper is removed.
      await filesCard(page).getByRole("button", { name: "Close" }).click();
      await expect.poll(() => helperContainers()).toEqual([]);

      // Leaving the page ends a session too.
      await filesCard(page).getByRole("button", { name: "Browse files" }).click();
      await expect(files.getByText("readme.txt")).toBeVisible();
      expect(helperContainers()).toHaveLength(1);
      await page.getByRole("link", { name: "Volumes" }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: "Volumes" })).toBeVisible();
      await expect.poll(() => helperContainers()).toEqual([]);

      // A session does not keep the user from removing the volume: its helper goes first.
      await openSession(request, vol);
      expect(helperContainers()).toHaveLength(1);
      expect((await request.delete(`/api/volumes/${vol}`)).status()).toBe(200);
      expect(volumeNames()).not.toContain(vol);
      expect(helperContainers()).toEqual([]);
    } finally {
      if (!imageExists(FIXTURE_IMAGE)) dockerCli("tag", fixtureId, FIXTURE_IMAGE);
      try {
        dockerCli("rmi", renamed);
      } catch {
        // Already gone.
      }
      removeVolumesQuietly(vol);
    }
  });

  test("an ended session is reopened without the user noticing; requests into it answer 410", async ({ page, request }) => {
    const vol = uniqueName("vol-reopen");
    dockerCli("run", "--rm", "-v", `${vol}:/v`, FIXTURE_IMAGE, "sh", "-c", FILES_SCRIPT);
    try {
      const files = await browse(page, vol);
      await expect(files.getByText("readme.txt")).toBeVisible();
      // The API joins the page's live session (one per volume) and ends it, as an idle timeout would.
      const session = await openSession(request, vol);
      expect(helperContainers()).toHaveLength(1);
      expect((await (await request.delete(`/api/volumes/${vol}/browse/${session.id}`)).json()).closed).toBe(true);
      await expect.poll(() => helperContainers()).toEqual([]);
      expect((await (await request.delete(`/api/volumes/${vol}/browse/${session.id}`)).json()).closed).toBe(false);

      const gone = await request.get(`/api/volumes/${vol}/browse/${session.id}/download?path=/readme.txt`);
      expect(gone.status()).toBe(410);
      expect((await gone.json()).error.code).toBe("browse_session_expired");
      const goneList = await request.post(`/api/volumes/${vol}/browse/${session.id}/list`, { data: { path: "/" } });
      expect(goneList.status()).toBe(410);

      // The page goes on: its next listing opens a new session.
      await files.getByRole("button", { name: "logs/" }).click();
      await expect(files.getByText("app.log")).toBeVisible();
      expect(helperContainers()).toHaveLength(1);
      // A helper removed behind Berth's back ends the session the same way; a download opens the next one.
      dockerCli("rm", "-f", helperContainers()[0]!.id);
      const file = await downloadedText(page, files.getByRole("button", { name: "Download app.log" }));
      expect(readFileSync(file.path, "utf8")).toBe("hello volume\n");
      await files.getByRole("button", { name: "../" }).click();
      await expect(files.getByText("readme.txt")).toBeVisible();

      // Bad input is a 400 and a missing file a 404, in a live session; the old GET that made containers is gone.
      const live = await openSession(request, vol);
      const base = `/api/volumes/${vol}/browse/${live.id}`;
      expect((await request.post(`${base}/list`, { data: { path: "/../etc" } })).status()).toBe(400);
      expect((await request.post(`${base}/list`, { data: { path: "/readme.txt" } })).status()).toBe(404);
      expect((await request.get(`${base}/download?path=/nope.txt`)).status()).toBe(404);
      expect((await request.get(`${base}/download?path=/logs&format=file`)).status()).toBe(422);
      expect((await request.get(`/api/volumes/${vol}/browse/not-a-session/download?path=/readme.txt`)).status()).toBe(400);
      expect((await request.post(`/api/volumes/no-such-volume-${live.id.slice(0, 6)}/browse`, { data: {} })).status()).toBe(404);
      expect((await request.get(`/api/volumes/${vol}/files?path=/`)).status()).toBe(404);
    } finally {
      await page.goto("/volumes");
      await expect.poll(() => helperContainers()).toEqual([]);
      removeVolumesQuietly(vol);
    }
  });

  test("no GET creates, starts or removes a container; helper events reach no list, history or live screen", async ({ page, request }) => {
    const vol = uniqueName("vol-quiet");
    const marker = uniqueName("vol-marker");
    dockerCli("run", "--rm", "-v", `${vol}:/v`, FIXTURE_IMAGE, "sh", "-c", FILES_SCRIPT);
    const start = Date.now();
    try {
      await page.goto("/events");
      await expect(page.getByText("live", { exact: true })).toBeVisible();

      const session = await openSession(request, vol);
      const [helper] = helperContainers();
      expect(helper).toBeDefined();
      const base = `/api/volumes/${vol}/browse/${session.id}`;
      const listed = await request.post(`${base}/list`, { data: { path: "/logs" } });
      expect((await listed.json()).listing.entries.map((e: { name: string }) => e.name)).toEqual(["app.log"]);

      // The GETs: a file and the root's tar. The engine logs an archive read and nothing else.
      const t0 = Date.now();
      const fileRes = await request.get(`${base}/download?path=/logs/app.log`);
      expect(fileRes.status()).toBe(200);
      expect(await fileRes.text()).toBe("hello volume\n");
      const tarRes = await request.get(`${base}/download?path=/&format=tar`);
      expect(tarRes.status()).toBe(200);
      expect(tarRes.headers()["content-disposition"]).toContain(`${vol}.tar`);
      await tarRes.body();
      await new Promise((r) => setTimeout(r, 300));
      const t1 = Date.now();
      const duringGets = engineEventsBetween(t0, t1);
      expect(duringGets.filter((e) => e.Type === "container" && LIFECYCLE.test(e.Action))).toEqual([]);
      expect(duringGets.some((e) => e.Type === "container" && e.Action === "archive-path")).toBe(true);
      // A listing (a POST) runs find in the helper, and makes no container either.
      const t2 = Date.now();
      expect((await request.post(`${base}/list`, { data: { path: "/" } })).status()).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
      const duringList = engineEventsBetween(t2, Date.now());
      expect(duringList.filter((e) => e.Type === "container" && /^(create|start|die|destroy)$/.test(e.Action))).toEqual([]);
      expect(helperContainers().map((h) => h.id)).toEqual([helper!.id]);

      expect((await request.delete(base)).status()).toBe(200);
      await expect.poll(() => helperContainers()).toEqual([]);

      // The engine saw the helper come and go; Berth's history and live screen did not.
      const engineSaw = engineEventsBetween(start, Date.now());
      expect(engineSaw.some((e) => e.Actor.ID === helper!.id && e.Action === "destroy")).toBe(true);
      expect(engineSaw.some((e) => e.Type === "volume" && e.Actor.Attributes.container === helper!.id)).toBe(true);
      const history = (await (await request.get(`/api/events?since=${start / 1000}`)).json()).events as { id: string; attributes: Record<string, string> }[];
      expect(history.length).toBeGreaterThan(0);
      expect(history.filter((e) => e.id === helper!.id || e.attributes.container === helper!.id || "berth.helper" in e.attributes)).toEqual([]);
      dockerCli("volume", "create", marker);
      const table = page.getByRole("table", { name: "Events" });
      await expect(table.getByRole("row").filter({ hasText: marker }).first()).toBeVisible();
      await expect(table).not.toContainText(helper!.name);
      await expect(table).not.toContainText(helper!.id.slice(0, 12));
    } finally {
      removeVolumesQuietly(vol, marker);
    }
  });

  test("on an engine whose only image has no shell, folders are read from the archive, partial when big; with no image, a clear 424", async ({ page, request }) => {
    test.setTimeout(120_000);
    const small = uniqueName("vol-archive");
    const big = uniqueName("vol-archive-big");
    dockerCli("run", "--rm", "-v", `${small}:/v`, FIXTURE_IMAGE, "sh", "-c", FILES_SCRIPT);
    // More entries below the root than Berth reads of an archive (20,000): the root's listing must say it is partial.
    // (Unpacked by the engine from one tar: creating 20,000 files from a shell takes many seconds.)
    const many: Record<string, string> = { "a.txt": "a\n", "zzz.txt": "z\n" };
    for (let i = 0; i < 20_100; i++) many[`big/f${i}`] = "";
    const filler = dockerCli("create", "-v", `${big}:/v`, FIXTURE_IMAGE, "true");
    execFileSync("docker", ["cp", "-", `${filler}:/v`], { input: await tarOf(many), stdio: ["pipe", "ignore", "pipe"] });
    removeQuietly(filler);
    const dir = mkdtempSync(join(tmpdir(), "berth-noshell-"));
    const saved = join(dir, "images.tar");
    // Every image on the engine (the fixture, and whatever earlier specs left), kept aside and put back after.
    const images = dockerCli("images", "--no-trunc", "--format", "{{.ID}}\t{{.Repository}}:{{.Tag}}")
      .split("\n")
      .filter(Boolean)
      .map((line) => line.split("\t") as [string, string]);
    const refs = [...new Set(images.map(([id, ref]) => (ref.includes("<none>") ? id : ref)))];
    const noShell = "berth-e2e/no-shell:1";
    expect(dockerCli("ps", "-aq")).toBe("");
    dockerCli("save", "-o", saved, ...refs);
    try {
      // The engine with no image at all.
      dockerCli("rmi", "-f", ...new Set(images.map(([id]) => id)));
      expect(dockerCli("images", "-q")).toBe("");
      const none = await request.post(`/api/volumes/${small}/browse`, { data: {} });
      expect(none.status()).toBe(424);
      const refusal = (await none.json()).error;
      expect(refusal.code).toBe("helper_image_missing");
      expect(refusal.message).toContain("needs one image on this engine");
      await page.goto(`/volumes/${small}`);
      await filesCard(page).getByRole("button", { name: "Browse files" }).click();
      await expect(filesCard(page).getByRole("alert")).toContainText("pull any small image");
      expect(helperContainers()).toEqual([]);

      // Its only image: one file, no shell, nothing that could run.
      writeFileSync(join(dir, "rootfs.tar"), await tarOf({ hello: "a lone file\n" }));
      dockerCli("import", join(dir, "rootfs.tar"), noShell);
      const files = await browse(page, small);
      await expect(files.getByText("readme.txt")).toBeVisible();
      await expect(filesCard(page)).toContainText("never started: folders are read from the engine's archive of them");
      const [helper] = helperContainers();
      expect(helper?.state).toBe("created");
      expect(dockerCli("container", "inspect", "--format", "{{.Image}}", helper!.id)).toBe(imageIdOf(noShell));
      await files.getByRole("button", { name: "logs/" }).click();
      await expect(files.getByText("app.log")).toBeVisible();
      await expect(filesCard(page).getByRole("status")).toHaveCount(0);
      const file = await downloadedText(page, files.getByRole("button", { name: "Download app.log" }));
      expect(readFileSync(file.path, "utf8")).toBe("hello volume\n");
      const folder = await downloadedText(page, filesCard(page).getByRole("button", { name: "Download folder as .tar" }));
      expect(await readTar(folder.path)).toEqual(new Map([["logs/", ""], ["logs/app.log", "hello volume\n"]]));
      expect(helperContainers()).toEqual([{ ...helper!, state: "created" }]);
      // A created, never started helper is the kind of container a cleanup would offer: not this one.
      await expectHelperInNoList(request, helper!, imageIdOf(noShell));

      // A big folder: what was read is shown, and the page says the rest is missing.
      const bigFiles = await browse(page, big);
      await expect(bigFiles.getByText("a.txt")).toBeVisible();
      await expect(bigFiles.getByRole("button", { name: "big/" })).toBeVisible();
      await expect(filesCard(page).getByRole("status")).toContainText("Partial listing: Berth stopped reading this folder after 20,000 entries");
      await expect(bigFiles.getByText("zzz.txt")).toHaveCount(0);
      // Removing the image a helper is made from is not refused because of it: the session ends.
      const removed = await request.delete(`/api/images/${encodeURIComponent(noShell)}`);
      expect(removed.status()).toBe(200);
      expect(imageExists(noShell)).toBe(false);
      expect(helperContainers()).toEqual([]);
      await page.goto("/volumes");
    } finally {
      await page.goto("about:blank");
      for (const h of helperContainers()) removeQuietly(h.id);
      try {
        dockerCli("rmi", noShell);
      } catch {
        // Not imported, or already gone.
      }
      dockerCli("load", "-i", saved);
      rmSync(dir, { recursive: true, force: true });
      removeVolumesQuietly(small, big);
    }
    expect(imageExists(FIXTURE_IMAGE)).toBe(true);
  });
});
