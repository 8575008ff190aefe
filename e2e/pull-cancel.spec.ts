import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, uniqueName } from "./support/docker-cli";
import { imageExists, REGISTRY, removeImagesQuietly } from "./support/images";
import { startSlowProxy, type SlowProxy } from "./support/slow-proxy";

// A pull cancelled half-way: the task says so, the engine stops downloading, and no image is left behind.
test.describe("cancelling a pull", () => {
  const suffix = uniqueName("t").slice(2);
  const pushed = `${REGISTRY}/e2e/big:${suffix}`;
  let proxy: SlowProxy;
  let throughProxy = "";

  test.beforeAll(async () => {
    // One 12 MB layer of random bytes (no compression helps it), pushed and then dropped locally.
    const dir = mkdtempSync(join(tmpdir(), "berth-big-"));
    try {
      writeFileSync(join(dir, "Dockerfile"), `FROM ${FIXTURE_IMAGE}\nRUN head -c 12000000 /dev/urandom > /big\n`);
      dockerCli("build", "-q", "-t", pushed, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    dockerCli("push", pushed);
    dockerCli("rmi", pushed);
    proxy = await startSlowProxy(Number(REGISTRY.split(":")[1]), 400_000);
    throughProxy = `127.0.0.1:${proxy.port}/e2e/big:${suffix}`;
  });
  test.afterAll(async () => {
    await proxy?.close();
    removeImagesQuietly(pushed, throughProxy);
  });

  test("Cancel in the task centre stops the engine's download and leaves no image", async ({ page }) => {
    await page.goto("/images");
    await page.getByRole("textbox", { name: "Image reference to pull" }).fill(throughProxy);
    await page.getByRole("button", { name: "Pull", exact: true }).click();
    const progress = page.getByRole("group", { name: `Pull of ${throughProxy}` });
    await expect(progress.getByRole("list", { name: `Layers of ${throughProxy}` })).toContainText("Downloading");
    expect(proxy.openConnections()).toBeGreaterThan(0);

    await page.getByRole("button", { name: "Tasks" }).click();
    const centre = page.getByRole("region", { name: "Task centre" });
    await centre.getByRole("button", { name: `Cancel pull of ${throughProxy}` }).click();
    await expect(centre.getByRole("listitem", { name: `pull ${throughProxy}` })).toContainText("Cancelled");
    await expect(progress).toContainText("Cancelled");

    // The engine gave up the download (its connections through the proxy closed) and kept no image.
    await expect.poll(() => proxy.openConnections(), { timeout: 15_000 }).toBe(0);
    expect(imageExists(throughProxy)).toBe(false);
    const { tasks } = (await (await page.request.get("/api/tasks")).json()) as { tasks: { target: string; state: string }[] };
    expect(tasks.find((t) => t.target === throughProxy)?.state).toBe("cancelled");
  });
});
