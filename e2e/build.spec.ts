import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, uniqueName } from "./support/docker-cli";
import { imageExists, imageRow, removeImagesQuietly } from "./support/images";
import { tarOf } from "./support/tar-files";

// docker build from the browser, three ways in: a pasted Dockerfile, an uploaded tar context, a picked
// folder. Each build is checked with the docker CLI: tag, label, files and build args in the image.


async function openBuildDialog(page: Page) {
  await page.goto("/images");
  await page.getByRole("button", { name: "Build", exact: true }).click();
  return page.getByRole("dialog", { name: "Build an image" });
}

// A RUN step starts a container: on a busy machine a build takes longer than the default expect timeout.
const BUILD_TIMEOUT = { timeout: 60_000 };

test.describe("build", () => {
  test.describe.configure({ timeout: 120_000 });
  const suffix = uniqueName("b").slice(2);
  const pasted = `berth-e2e/built:${suffix}`;
  const fromTar = `berth-e2e/built-tar:${suffix}`;
  const fromFolder = `berth-e2e/built-folder:${suffix}`;
  const failing = `berth-e2e/built-fail:${suffix}`;
  const dirs: string[] = [];

  function tempDir(): string {
    const dir = mkdtempSync(join(tmpdir(), "berth-build-"));
    dirs.push(dir);
    return dir;
  }

  test.afterAll(() => {
    removeImagesQuietly(pasted, fromTar, fromFolder, failing);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  test("builds a pasted Dockerfile with a build arg and a target stage; output shows live and the image is listed", async ({ page }) => {
    const dialog = await openBuildDialog(page);
    await dialog.getByRole("textbox", { name: "Dockerfile" }).fill(
      [
        `FROM ${FIXTURE_IMAGE} AS app`,
        "ARG GREETING=unset",
        'RUN echo "$GREETING" > /x',
        `LABEL berth.e2e.build="${suffix}"`,
        "RUN printf '\\033[32mgreen step\\033[0m\\n'",
        // Past the target: building it would fail, so a success shows the target was honoured.
        "FROM app AS never",
        "RUN false",
        "",
      ].join("\n"),
    );
    await dialog.getByRole("textbox", { name: "Tag", exact: true }).fill(pasted);
    await dialog.getByRole("textbox", { name: "Target stage" }).fill("app");
    await dialog.getByRole("button", { name: "+ Add build argument" }).click();
    await dialog.getByRole("textbox", { name: "Argument 1" }).fill("GREETING");
    await dialog.getByRole("textbox", { name: "Value 1" }).fill(`hello-${suffix}`);
    await dialog.getByRole("button", { name: "Build", exact: true }).click();

    const output = dialog.getByRole("log", { name: "Build output" });
    await expect(output).toContainText("Step 1/5 : FROM");
    await expect(output).toContainText("green step", BUILD_TIMEOUT);
    // The ANSI colour is a styled span, not escape codes.
    await expect(output.getByText("green step", { exact: true })).toHaveCSS("color", "rgb(68, 204, 88)");
    await expect(output).not.toContainText("\u001b[");
    await expect(dialog.getByRole("group", { name: `Build of ${pasted}` })).toContainText(`Built ${pasted}`, BUILD_TIMEOUT);
    await expect(dialog.getByRole("link", { name: "Open the image" })).toBeVisible();

    // What the engine made: the tag, the label, the build arg baked into /x.
    const inspect = JSON.parse(dockerCli("image", "inspect", pasted))[0] as { RepoTags: string[]; Config: { Labels: Record<string, string> } };
    expect(inspect.RepoTags).toContain(pasted);
    expect(inspect.Config.Labels["berth.e2e.build"]).toBe(suffix);
    expect(dockerCli("run", "--rm", pasted, "cat", "/x")).toBe(`hello-${suffix}`);

    // The list updates by itself (the engine's image event), and the task centre has the build.
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(imageRow(page, "berth-e2e/built", suffix)).toHaveCount(1);
    await page.getByRole("button", { name: "Tasks" }).click();
    const item = page.getByRole("region", { name: "Task centre" }).getByRole("listitem", { name: `build ${pasted}` });
    await expect(item).toContainText("Done");
    await item.getByText("Output").click();
    await expect(item.getByRole("log")).toContainText("Successfully tagged");
  });

  test("a failing step fails the task with the engine's message", async ({ page }) => {
    const dialog = await openBuildDialog(page);
    await dialog.getByRole("textbox", { name: "Dockerfile" }).fill(`FROM ${FIXTURE_IMAGE}\nRUN echo before-failure\nRUN false\n`);
    await dialog.getByRole("textbox", { name: "Tag", exact: true }).fill(failing);
    await dialog.getByRole("button", { name: "Build", exact: true }).click();
    const group = dialog.getByRole("group", { name: `Build of ${failing}` });
    await expect(group).toContainText(/Build failed: The command .*false.* returned a non-zero code: 1/, BUILD_TIMEOUT);
    await expect(dialog.getByRole("log", { name: "Build output" })).toContainText("before-failure");
    expect(imageExists(failing)).toBe(false);

    await dialog.getByRole("button", { name: "Close" }).click();
    await page.getByRole("button", { name: "Tasks" }).click();
    const item = page.getByRole("region", { name: "Task centre" }).getByRole("listitem", { name: `build ${failing}` });
    await expect(item).toContainText("Failed");
    await expect(item).toContainText("returned a non-zero code: 1");
  });

  test("builds an uploaded tar context with COPY and a Dockerfile path", async ({ page }) => {
    const dir = tempDir();
    const tarPath = join(dir, "context.tar");
    writeFileSync(
      tarPath,
      await tarOf({
        "build/Dockerfile.e2e": `FROM ${FIXTURE_IMAGE}\nCOPY app/ /app/\nRUN cat /app/hello.txt\n`,
        "app/hello.txt": `from-tar-${suffix}\n`,
      }),
    );
    const dialog = await openBuildDialog(page);
    await dialog.getByRole("radio", { name: "Tar file" }).click();
    await dialog.getByLabel("Context tar (.tar, .tar.gz)").setInputFiles(tarPath);
    await dialog.getByRole("textbox", { name: "Dockerfile in the context" }).fill("build/Dockerfile.e2e");
    await dialog.getByRole("textbox", { name: "Tag", exact: true }).fill(fromTar);
    await dialog.getByRole("button", { name: "Build", exact: true }).click();
    await expect(dialog.getByRole("group", { name: `Build of ${fromTar}` })).toContainText(`Built ${fromTar}`, BUILD_TIMEOUT);
    await expect(dialog.getByRole("log", { name: "Build output" })).toContainText(`from-tar-${suffix}`);
    expect(dockerCli("run", "--rm", fromTar, "cat", "/app/hello.txt")).toBe(`from-tar-${suffix}`);
  });

  test("builds a picked folder, assembled into a tar in the browser (long paths included, .dockerignore applied)", async ({ page }) => {
    const root = join(tempDir(), "ctx");
    const deep = join(root, ...Array.from({ length: 8 }, (_, i) => `nested-folder-level-${i}`));
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(root, "Dockerfile"), `FROM ${FIXTURE_IMAGE}\nCOPY . /ctx/\n`);
    writeFileSync(join(root, "top.txt"), `top-${suffix}\n`);
    const longName = `${"long-file-name-".repeat(8)}end.txt`;
    writeFileSync(join(deep, longName), `deep-${suffix}\n`);
    // Left out by .dockerignore in the browser, like the CLI does: never uploaded.
    writeFileSync(join(root, ".dockerignore"), "secret.txt\nlogs\n");
    writeFileSync(join(root, "secret.txt"), "do not send\n");
    mkdirSync(join(root, "logs"));
    writeFileSync(join(root, "logs", "a.log"), "noise\n");

    const dialog = await openBuildDialog(page);
    await dialog.getByRole("radio", { name: "Folder" }).click();
    await dialog.getByLabel("Context folder").setInputFiles(root);
    await expect(dialog).toContainText("4 files");
    await expect(dialog).toContainText("(2 left out by .dockerignore)");
    await dialog.getByRole("textbox", { name: "Tag", exact: true }).fill(fromFolder);
    await dialog.getByRole("button", { name: "Build", exact: true }).click();
    await expect(dialog.getByRole("group", { name: `Build of ${fromFolder}` })).toContainText(`Built ${fromFolder}`, BUILD_TIMEOUT);

    expect(dockerCli("run", "--rm", fromFolder, "cat", "/ctx/top.txt")).toBe(`top-${suffix}`);
    expect(dockerCli("run", "--rm", fromFolder, "sh", "-c", "test ! -e /ctx/secret.txt && test ! -e /ctx/logs && echo left-out")).toBe("left-out");
    const deepPath = `/ctx/${Array.from({ length: 8 }, (_, i) => `nested-folder-level-${i}`).join("/")}/${longName}`;
    expect(deepPath.length).toBeGreaterThan(255);
    expect(dockerCli("run", "--rm", fromFolder, "cat", deepPath)).toBe(`deep-${suffix}`);
  });

  test("the form shows the parser's reason for a bad tag before sending", async ({ page }) => {
    const dialog = await openBuildDialog(page);
    await dialog.getByRole("textbox", { name: "Dockerfile" }).fill(`FROM ${FIXTURE_IMAGE}\n`);
    await dialog.getByRole("textbox", { name: "Tag", exact: true }).fill("MyApp:1");
    await dialog.getByRole("button", { name: "Build", exact: true }).click();
    await expect(dialog.getByRole("textbox", { name: "Tag", exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(dialog).toContainText('Repository names must be lowercase ("MyApp")');
    await expect(dialog.getByRole("log")).toHaveCount(0);
  });

  test("bad input is a 400 with a clear message", async ({ request }) => {
    const badTag = await request.post("/api/images/build", { data: { dockerfile: `FROM ${FIXTURE_IMAGE}\n`, tag: "UPPER:case" } });
    expect(badTag.status()).toBe(400);
    expect((await badTag.json()).error.message).toContain('Repository names must be lowercase ("UPPER")');

    const empty = await request.post("/api/images/build", { data: { dockerfile: "   \n" } });
    expect(empty.status()).toBe(400);
    expect((await empty.json()).error.message).toContain("The Dockerfile is empty");

    const noContext = await request.post("/api/images/build?tag=x", { headers: { "Content-Type": "application/x-tar" } });
    expect(noContext.status()).toBe(400);
    expect((await noContext.json()).error.message).toMatch(/Upload a build context/);

    const outside = await request.post("/api/images/build?dockerfile=../Dockerfile", {
      headers: { "Content-Type": "application/x-tar" },
      data: await tarOf({ Dockerfile: `FROM ${FIXTURE_IMAGE}\n` }),
    });
    expect(outside.status()).toBe(400);
    expect((await outside.json()).error.message).toContain("The path cannot leave the context");
  });
});
