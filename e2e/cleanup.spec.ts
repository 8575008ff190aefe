import { expect, test } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, runToExit, SLEEPER_CMD, uniqueName } from "./support/docker-cli";
import { removeNetworksQuietly, removeVolumesQuietly } from "./support/volnet";
import { removeImagesQuietly } from "./support/images";
import { buildTagged, exists, guardCleanupPosts, holdPreviewRefreshes, rowCheckbox, section, shortImageId } from "./support/cleanup";
import { formatBytes } from "../lib/shared/format-bytes";

// The cleanup screen against the sandbox engine: the docker CLI judges what was removed and what survived.

test.describe.configure({ mode: "serial" });

test.describe("cleanup", { tag: "@alone" }, () => {
  const p = uniqueName("cln");
  const n = {
    exited: `${p}-exited`,
    running: `${p}-running`,
    app: `${p}-app:latest`,
    vol: `${p}-vol`,
    used: `${p}-used`,
    late: `${p}-late`,
    lateUser: `${p}-late-user`,
    keep: `${p}-keep`,
    net: `${p}-net`,
    protC: `${p}-prot-c`,
    protImg: `${p}-protimg:latest`,
    protV: `${p}-prot-v`,
    protN: `${p}-prot-n`,
  };
  const ids = { runningImage: "", dangling: "", current: "", protDangling: "", exited: "", net: "", protN: "" };
  const own = new Set<string>();

  test.beforeAll(() => {
    // One tag built three times: the first stays in use by a running container, the second is left dangling.
    ids.runningImage = buildTagged(n.app, `${p}-1`);
    dockerCli("run", "-d", "--name", n.running, "-v", `${n.used}:/data`, ids.runningImage, ...SLEEPER_CMD);
    ids.dangling = buildTagged(n.app, `${p}-2`);
    ids.current = buildTagged(n.app, `${p}-3`);
    ids.protDangling = buildTagged(n.protImg, `${p}-p1`, { "berth.protect": "true" });
    buildTagged(n.protImg, `${p}-p2`, { "berth.protect": "true" });

    runToExit(n.exited, ["true"]);
    ids.exited = dockerCli("container", "inspect", "--format", "{{.Id}}", n.exited);
    dockerCli("run", "--name", n.protC, "--label", "berth.protect=true", FIXTURE_IMAGE, "true");
    for (const v of [n.vol, n.late, n.keep]) dockerCli("volume", "create", v);
    dockerCli("volume", "create", "--label", "berth.protect=true", n.protV);
    ids.net = dockerCli("network", "create", n.net);
    ids.protN = dockerCli("network", "create", "--label", "berth.protect=true", n.protN);
    for (const id of [ids.exited, ids.dangling, ids.current, ids.protDangling, ids.runningImage, ids.net, ids.protN, n.vol, n.late, n.keep, n.used, n.protV]) own.add(id);
  });

  test.afterAll(() => {
    removeQuietly(n.exited, n.running, n.lateUser, n.protC);
    removeImagesQuietly(n.app, n.protImg, ids.dangling, ids.runningImage, ids.protDangling);
    removeVolumesQuietly(n.vol, n.used, n.late, n.keep, n.protV);
    removeNetworksQuietly(n.net, n.protN);
  });

  test("previews exactly what is unused, and one click removes exactly the ticked rows", async ({ page }) => {
    const sent = await guardCleanupPosts(page, (id) => own.has(id));
    await page.goto("/cleanup");

    const containers = section(page, "Exited containers");
    const images = section(page, "Dangling images");
    const volumes = section(page, "Dangling volumes");
    const networks = section(page, "Unused networks");
    await expect(rowCheckbox(containers, n.exited)).toBeChecked();
    await expect(rowCheckbox(images, shortImageId(ids.dangling))).toBeChecked();
    await expect(rowCheckbox(volumes, n.vol)).toBeChecked();
    await expect(rowCheckbox(networks, n.net)).toBeChecked();
    await expect(volumes.getByRole("row").filter({ hasText: n.vol })).toContainText("Named volume no container uses");

    // Not offered: the running container, the (dangling) image it runs, the volume it mounts, anything protected.
    await expect(rowCheckbox(page, n.running)).toHaveCount(0);
    await expect(rowCheckbox(page, shortImageId(ids.runningImage))).toHaveCount(0);
    await expect(rowCheckbox(page, n.app)).toHaveCount(0);
    await expect(rowCheckbox(page, n.used)).toHaveCount(0);
    for (const name of [n.protC, shortImageId(ids.protDangling), n.protV, n.protN]) await expect(rowCheckbox(page, name)).toHaveCount(0);
    await page.getByText("Protected (kept)").click();
    const kept = page.getByRole("list", { name: "Protected" });
    for (const name of [n.protC, shortImageId(ids.protDangling), n.protV, n.protN]) await expect(kept.getByText(name, { exact: true })).toBeVisible();

    // The user keeps one; then a container starts using another before the click reaches the server.
    await rowCheckbox(volumes, n.keep).uncheck();
    await expect(rowCheckbox(volumes, n.late)).toBeChecked();
    const release = await holdPreviewRefreshes(page);
    runSleeper(n.lateUser, ["-v", `${n.late}:/data`]);
    await page.getByRole("button", { name: /^Remove \d+ items? \(/ }).click();

    const result = page.getByRole("region", { name: "Cleanup result" });
    const removed = result.getByRole("list", { name: "Removed" });
    for (const name of [n.exited, shortImageId(ids.dangling), n.vol, n.net]) await expect(removed.getByText(name, { exact: true })).toBeVisible();
    const skipped = result.getByRole("list", { name: "Skipped" });
    await expect(skipped.getByRole("listitem").filter({ hasText: n.late })).toContainText(`Used by container ${n.lateUser}`);
    await expect(result.getByRole("heading", { level: 2 })).toContainText("reclaimed");
    await release();

    // What the screen sent: every ticked row of ours, not the unticked one.
    const body = sent[0]!;
    expect(body.containers).toContain(ids.exited);
    expect(body.images).toContain(ids.dangling);
    expect(body.volumes).toEqual(expect.arrayContaining([n.vol, n.late]));
    expect(body.volumes).not.toContain(n.keep);
    expect(body.networks).toContain(ids.net);

    // The engine agrees: the previewed ones are gone, everything else is still there.
    expect(exists("container", n.exited)).toBe(false);
    expect(exists("image", ids.dangling)).toBe(false);
    expect(exists("volume", n.vol)).toBe(false);
    expect(exists("network", n.net)).toBe(false);
    expect(exists("volume", n.late)).toBe(true);
    expect(exists("volume", n.keep)).toBe(true);
    expect(exists("container", n.running)).toBe(true);
    expect(exists("image", ids.runningImage)).toBe(true);
    expect(exists("image", ids.current)).toBe(true);
    expect(exists("volume", n.used)).toBe(true);
    for (const [kind, ref] of [["container", n.protC], ["image", ids.protDangling], ["volume", n.protV], ["network", n.protN]] as const) {
      expect(exists(kind, ref), ref).toBe(true);
    }

    // Live: the preview follows the engine; the removed rows are gone and the kept one stays unticked.
    await expect(rowCheckbox(page, n.exited)).toHaveCount(0);
    await expect(rowCheckbox(volumes, n.keep)).not.toBeChecked();
    await expect(rowCheckbox(page, n.late)).toHaveCount(0);
  });

  test("a row that appears live comes in unticked; a per-kind button confirms and removes that kind", async ({ page }) => {
    const fresh = `${p}-fresh`;
    own.add(fresh);
    const sent = await guardCleanupPosts(page, (id) => own.has(id));
    try {
      await page.goto("/cleanup");
      const volumes = section(page, "Dangling volumes");
      await expect(rowCheckbox(volumes, n.keep)).toBeChecked();
      dockerCli("volume", "create", fresh);
      await expect(rowCheckbox(volumes, fresh)).not.toBeChecked();
      await expect(rowCheckbox(volumes, n.keep)).toBeChecked();

      await volumes.getByRole("button", { name: "Remove all dangling volumes" }).click();
      const dialog = page.getByRole("dialog", { name: "Remove all dangling volumes?" });
      const list = dialog.getByRole("list", { name: "Will be removed" });
      await expect(list.getByText(fresh, { exact: true })).toBeVisible();
      await expect(list.getByText(n.keep, { exact: true })).toBeVisible();
      await dialog.getByRole("button", { name: /^Remove \d+$/ }).click();

      const removed = page.getByRole("region", { name: "Cleanup result" }).getByRole("list", { name: "Removed" });
      await expect(removed.getByText(fresh, { exact: true })).toBeVisible();
      await expect(removed.getByText(n.keep, { exact: true })).toBeVisible();
      expect(sent[0]!.volumes).toEqual(expect.arrayContaining([fresh, n.keep]));
      expect(sent[0]!.containers).toEqual([]);
      expect(exists("volume", fresh)).toBe(false);
      expect(exists("volume", n.keep)).toBe(false);
      expect(exists("volume", n.protV)).toBe(true);
      expect(exists("volume", n.used)).toBe(true);
    } finally {
      removeVolumesQuietly(fresh);
    }
  });

  test("with unused images included, a tagged image no container runs is offered, never the running one's", async ({ page }) => {
    await page.goto("/cleanup");
    await expect(rowCheckbox(section(page, "Dangling images"), n.app)).toHaveCount(0);
    await page.getByLabel("Include unused images").check();
    const images = section(page, "Unused images");
    await expect(rowCheckbox(images, n.app)).toBeChecked();
    await expect(images.getByRole("row").filter({ hasText: n.app })).toContainText("Unused: no container uses it");
    await expect(rowCheckbox(page, shortImageId(ids.runningImage))).toHaveCount(0);
    await expect(rowCheckbox(page, n.protImg)).toHaveCount(0);
    await page.getByText("Protected (kept)").click();
    await expect(page.getByRole("list", { name: "Protected" }).getByText(n.protImg, { exact: true })).toBeVisible();
  });

  test("the header button shows the reclaimable space and follows the engine", async ({ page, request }) => {
    const big = `${p}-big`;
    const reclaimable = async () => ((await (await request.get("/api/cleanup")).json()) as { reclaimableBytes: number }).reclaimableBytes;
    try {
      await page.goto("/volumes");
      const button = page.getByRole("banner").getByRole("link", { name: /^Clean up/ });
      const before = await reclaimable();
      await expect(button).toHaveText(before > 0 ? `Clean up · ${formatBytes(before)}` : "Clean up");

      // An exited container with a 300 kB writable layer: the header grows without a reload.
      runToExit(big, ["sh", "-c", "dd if=/dev/zero of=/blob bs=1024 count=300 2>/dev/null"]);
      const after = await reclaimable();
      expect(after).toBeGreaterThanOrEqual(before + 300 * 1024);
      await expect(button).toHaveText(`Clean up · ${formatBytes(after)}`);
      await button.click();
      await expect(page).toHaveURL(/\/cleanup$/);
      await expect(rowCheckbox(section(page, "Exited containers"), big)).toBeVisible();
    } finally {
      removeQuietly(big);
    }
  });

  test("the API refuses a request that names nothing or something that is not an id", async ({ request }) => {
    expect((await request.post("/api/cleanup", { data: {} })).status()).toBe(400);
    expect((await request.post("/api/cleanup", { data: { images: ["busybox:latest"] } })).status()).toBe(400);
    expect((await request.get("/api/cleanup?olderThanHours=soon")).status()).toBe(400);
    const older = await request.get("/api/cleanup?olderThanHours=1000");
    expect(older.status()).toBe(200);
    const body = (await older.json()) as { volumes: { name: string }[] };
    // Everything of this spec is minutes old.
    expect(body.volumes.map((v) => v.name).filter((name) => name.startsWith(p))).toEqual([]);
  });
});
