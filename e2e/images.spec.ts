import { expect, test } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { buildHistoryImage, cliImageSize, imageExists, imageId, imageRow, imageTags, pushFreshImage, REGISTRY, removeImagesQuietly } from "./support/images";

test.describe.configure({ mode: "serial" });

test.describe("the images screen", () => {
  const suffix = uniqueName("t").slice(2);
  const built = `berth-e2e/history:${suffix}`;
  const user = uniqueName("img-user");
  const builtUser = uniqueName("img-built-user");
  const newTag = `berth-e2e/tagged:${suffix}`;
  const registryStyle = `host:5000/a/b:${suffix}`;
  const pulled = `${REGISTRY}/fixture/busybox:${suffix}`;
  const pushed = `${REGISTRY}/e2e/pushed:${suffix}`;
  const live = `berth-e2e/live:${suffix}`;
  let builtId = "";

  test.beforeAll(() => {
    builtId = buildHistoryImage(built);
    runSleeper(user);
    dockerCli("create", "--name", builtUser, built);
    pushFreshImage(pulled, suffix);
  });
  test.afterAll(() => {
    removeQuietly(user, builtUser);
    removeImagesQuietly(built, newTag, registryStyle, pulled, pushed, live);
  });

  test("lists the fixture image with docker's size and the containers using it", async ({ page }) => {
    await page.goto("/images");
    const [repo, tag] = FIXTURE_IMAGE.split(":") as [string, string];
    const row = imageRow(page, repo, tag);
    await expect(row).toHaveCount(1);
    await expect(row.getByRole("cell").nth(4)).toHaveText(cliImageSize(FIXTURE_IMAGE));
    await expect(row.getByRole("link", { name: user })).toBeVisible();

    // Live: a tag made outside Berth shows up from the engine's image event, without a reload.
    dockerCli("tag", FIXTURE_IMAGE, live);
    await expect(imageRow(page, "berth-e2e/live", suffix)).toHaveCount(1);
    dockerCli("rmi", live);
    await expect(imageRow(page, "berth-e2e/live", suffix)).toHaveCount(0);

    // The usage filter: the built image is used only by a created container, the fixture by a running one.
    await page.getByRole("combobox", { name: "Usage" }).selectOption("unused");
    await expect(imageRow(page, repo, tag)).toHaveCount(0);
    await page.getByRole("combobox", { name: "Usage" }).selectOption("in-use");
    await expect(imageRow(page, repo, tag)).toHaveCount(1);
    await page.getByRole("searchbox", { name: "Filter images" }).fill("berth-e2e/history");
    await expect(page.getByRole("table", { name: "Images" }).getByRole("row")).toHaveCount(2); // header + one
  });

  test("history shows the build's instructions", async ({ page }) => {
    await page.goto(`/images/${encodeURIComponent(builtId)}`);
    const history = page.getByRole("table", { name: "Image history" });
    await expect(history).toContainText("ENV BERTH_GREETING=hello");
    await expect(history).toContainText("echo hi > /hi");
    await expect(history).toContainText(/LABEL berth.test=/);
    await expect(history).toContainText(/CMD \[?"?cat/);
    await expect(history).not.toContainText("#(nop)");
    // Config and the container made from it.
    await expect(page.getByText("BERTH_GREETING=hello", { exact: true })).toBeVisible();
    await expect(page.getByRole("list", { name: "Containers using this image" }).getByRole("link", { name: builtUser })).toBeVisible();
  });

  test("tags via the UI, with registry ports, and shows the parser's reason for a bad tag", async ({ page, request }) => {
    await page.goto(`/images/${encodeURIComponent(builtId)}`);
    const tagOnce = async (reference: string) => {
      await page.getByRole("button", { name: "Tag", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Tag image" });
      await dialog.getByRole("textbox", { name: "New reference" }).fill(reference);
      await dialog.getByRole("button", { name: "Tag", exact: true }).click();
      return dialog;
    };

    await tagOnce(newTag);
    await expect(page.getByRole("status")).toHaveText(`Tagged as ${newTag}`);
    expect(imageTags(built)).toContain(newTag);
    await expect(page.getByRole("list", { name: "Tags" })).toContainText(newTag);

    await tagOnce(registryStyle);
    await expect(page.getByRole("status")).toHaveText(`Tagged as ${registryStyle}`);
    expect(imageTags(built)).toContain(registryStyle);

    const dialog = await tagOnce("Berth/Bad:tag");
    await expect(dialog.getByRole("alert")).toContainText("lowercase");
    await dialog.getByRole("button", { name: "Cancel" }).click();

    // The server applies the same parser.
    const res = await request.post(`/api/images/${encodeURIComponent(builtId)}/tag`, { data: { reference: "a//b:1" } });
    expect(res.status()).toBe(400);
    expect((await res.json()).error.message).toMatch(/empty path component/);
  });

  test("remove is refused while a container uses the image, and works once it is gone", async ({ page }) => {
    await page.goto(`/images/${encodeURIComponent(builtId)}`);
    await page.getByRole("button", { name: "Remove" }).click();
    const dialog = page.getByRole("dialog", { name: /Remove image/ });
    await expect(dialog.getByRole("list", { name: "Tags to remove" })).toContainText(built);
    await dialog.getByRole("button", { name: "Remove" }).click();
    await expect(dialog.getByRole("alert")).toContainText(builtUser);
    expect(imageExists(builtId)).toBe(true);
    await dialog.getByRole("button", { name: "Cancel" }).click();

    removeQuietly(builtUser);
    await page.getByRole("button", { name: "Remove" }).click();
    // Several tags: only a forced removal takes them all, like docker rmi -f.
    await dialog.getByRole("checkbox", { name: /Force/ }).check();
    await dialog.getByRole("button", { name: "Remove" }).click();
    await expect(page).toHaveURL(/\/images$/);
    expect(imageExists(builtId)).toBe(false);
    expect(dockerCli("images", "-q", built)).toBe("");
  });

  test("pulls from the local registry with progress, listed afterwards and kept in the task centre", async ({ page }) => {
    expect(imageExists(pulled)).toBe(false);
    await page.goto("/images");
    await page.getByRole("textbox", { name: "Image reference to pull" }).fill(pulled);
    await page.getByRole("button", { name: "Pull", exact: true }).click();
    const progress = page.getByRole("group", { name: `Pull of ${pulled}` });
    // The layer only this image has is downloaded: its line ends as "Pull complete".
    await expect(progress).toContainText("Downloaded newer image");
    await expect(progress.getByRole("list", { name: `Layers of ${pulled}` })).toContainText("Pull complete");
    await expect(progress).toContainText(`Pulled ${pulled}`);
    const [repo, tag] = [pulled.slice(0, pulled.lastIndexOf(":")), suffix];
    await expect(imageRow(page, repo, tag)).toHaveCount(1);
    expect(imageExists(pulled)).toBe(true);

    // The task survives a reload.
    await page.reload();
    await page.getByRole("button", { name: "Tasks" }).click();
    const centre = page.getByRole("region", { name: "Task centre" });
    await expect(centre.getByRole("listitem", { name: `pull ${pulled}` })).toContainText("Done");
  });

  test("a pull of a missing reference ends with the engine's error", async ({ page }) => {
    const missing = `${REGISTRY}/fixture/does-not-exist:${suffix}`;
    await page.goto("/images");
    await page.getByRole("textbox", { name: "Image reference to pull" }).fill(missing);
    await page.getByRole("button", { name: "Pull", exact: true }).click();
    const progress = page.getByRole("group", { name: `Pull of ${missing}` });
    await expect(progress).toContainText("Pull failed");
    await expect(progress).toContainText(/not found|manifest unknown|does not exist/i);

    // A finished task cannot be cancelled; an unknown one is a 404.
    const { tasks } = (await (await page.request.get("/api/tasks")).json()) as { tasks: { id: string; target: string; state: string }[] };
    const failed = tasks.find((t) => t.target === missing);
    expect(failed?.state).toBe("failed");
    expect((await page.request.post(`/api/tasks/${failed!.id}/cancel`)).status()).toBe(409);
    expect((await page.request.post("/api/tasks/00000000-0000-4000-8000-000000000000/cancel")).status()).toBe(404);

    // And a reference the parser rejects never reaches the engine.
    await page.getByRole("textbox", { name: "Image reference to pull" }).fill("a//b");
    await page.getByRole("button", { name: "Pull", exact: true }).click();
    await expect(page.getByRole("region", { name: "Pull an image" }).getByRole("alert")).toContainText("empty path component");
  });

  test("pushes a tag to the local registry with progress", async ({ page }) => {
    dockerCli("tag", FIXTURE_IMAGE, pushed);
    await page.goto(`/images/${encodeURIComponent(imageId(pushed))}`);
    await page.getByRole("button", { name: "Push", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Push image" });
    await dialog.getByRole("combobox", { name: "Tag to push" }).selectOption(pushed);
    await dialog.getByRole("button", { name: "Push", exact: true }).click();
    const progress = dialog.getByRole("group", { name: `Push of ${pushed}` });
    await expect(progress).toContainText(`Pushed ${pushed}`);
    await expect(progress).toContainText(/digest: sha256:/);
    // The registry itself now lists the tag.
    const res = await fetch(`http://${REGISTRY}/v2/e2e/pushed/tags/list`);
    expect(((await res.json()) as { tags: string[] }).tags).toContain(suffix);
  });
});
