import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { dockerCli, uniqueName } from "./support/docker-cli";
import { projectContainers, startProject, type ComposeProject } from "./support/stacks";

// The compose file in the browser: shown highlighted with .env masked, edited, checked by `compose config`,
// diffed as resolved configs and redeployed; and when the files cannot be read, the lifecycle still works.

const lastCommand = (page: Page) => page.getByRole("region", { name: "Last command" });
const projects: ComposeProject[] = [];
test.afterAll(() => projects.forEach((p) => p.remove()));

function envOf(container: string): string[] {
  return JSON.parse(dockerCli("inspect", "--format", "{{json .Config.Env}}", container)) as string[];
}

test("edit a service's env in the browser: diff of the resolved config, redeploy, new env in the container and on disk", async ({ page }) => {
  const project = startProject(uniqueName("edit").replace(/-/g, "_"));
  projects.push(project);
  writeFileSync(join(project.dir, ".env"), "SECRET_TOKEN=supersecret-value\n");
  const { name } = project;
  expect(envOf(`${name}_web_1`)).toContain("GREETING=hello");

  await page.goto(`/stacks/${name}`);
  const contents = page.getByLabel(`Contents of ${project.file}`);
  // The first stack read detects the Compose CLI (a Python start or two): seconds on a loaded machine.
  await expect(contents).toContainText('GREETING: "hello"', { timeout: 30_000 });
  // Keys highlighted as spans of text.
  await expect(contents.locator("span", { hasText: /^services$/ })).toHaveCount(1);
  await expect(page.getByRole("list", { name: "Variables in .env" })).toHaveText("SECRET_TOKEN=••••••");
  expect(await page.content()).not.toContain("supersecret-value");

  await page.getByRole("button", { name: "Edit", exact: true }).click();
  const editor = page.getByRole("textbox", { name: `Edit ${project.file}` });
  await editor.fill((await editor.inputValue()).replace('GREETING: "hello"', 'GREETING: "bonjour"'));
  await page.getByRole("button", { name: "Review changes" }).click();
  const changes = page.getByRole("region", { name: "Changes" });
  await expect(changes.getByText("GREETING: bonjour (added)")).toBeVisible({ timeout: 30_000 });
  await expect(changes.getByText("GREETING: hello (removed)")).toBeVisible();
  // Nothing is saved by reviewing.
  expect(readFileSync(project.file, "utf8")).toContain('GREETING: "hello"');

  await page.getByRole("button", { name: "Save and redeploy" }).click();
  await expect(lastCommand(page)).toContainText("redeploy · Done", { timeout: 30_000 });
  expect(envOf(`${name}_web_1`)).toContain("GREETING=bonjour");
  expect(readFileSync(project.file, "utf8")).toContain('GREETING: "bonjour"');
  await expect(contents).toContainText('GREETING: "bonjour"');
});

test("an edit the CLI rejects shows its message with the line, and the file stays as it was", async ({ page }) => {
  const project = startProject(uniqueName("bad").replace(/-/g, "_"));
  projects.push(project);
  const before = readFileSync(project.file, "utf8");
  await page.goto(`/stacks/${project.name}`);
  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await page.getByRole("textbox", { name: `Edit ${project.file}` }).fill("services:\n  web:\n    image: [unclosed\n");
  await page.getByRole("button", { name: "Review changes" }).click();
  // (Next keeps an empty route announcer with the alert role on every page.)
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });
  // Each check is a docker-compose (Python) start: seconds on a loaded machine.
  await expect(alert).toContainText(/line \d+/, { timeout: 30_000 });
  await expect(alert).toContainText("docker-compose.yml");
  await expect(alert).not.toContainText(".berth-candidate");
  expect(readFileSync(project.file, "utf8")).toBe(before);
});

test("files that cannot be read here are said so, and stop/start/restart/down still work", async ({ page }) => {
  const project = startProject(uniqueName("gone").replace(/-/g, "_"));
  projects.push(project);
  const { name } = project;
  // The files leave this machine; the containers stay on the engine.
  const yaml = readFileSync(project.file, "utf8");
  rmSync(project.dir, { recursive: true, force: true });
  try {
    await page.goto(`/stacks/${name}`);
    await expect(page.getByText(/cannot be read here/).first()).toBeVisible();
    const toolbar = page.getByRole("toolbar", { name: "Stack actions" });
    await expect(toolbar.getByRole("button")).toHaveText(["Down…", "Start", "Stop", "Restart"]);

    await toolbar.getByRole("button", { name: "Stop", exact: true }).click();
    await expect(lastCommand(page)).toContainText("stop · Done", { timeout: 30_000 });
    expect([...projectContainers(name).values()]).toEqual(["exited", "exited"]);
    await toolbar.getByRole("button", { name: "Start", exact: true }).click();
    await expect(lastCommand(page)).toContainText("start · Done", { timeout: 30_000 });
    expect([...projectContainers(name).values()]).toEqual(["running", "running"]);

    await toolbar.getByRole("button", { name: "Down…" }).click();
    await page.getByRole("dialog").getByRole("checkbox").check();
    await expect(page.getByRole("dialog").getByRole("region", { name: "Volumes" })).toContainText(`${name}_data`);
    await page.getByRole("dialog").getByRole("button", { name: "Down", exact: true }).click();
    await expect(lastCommand(page)).toContainText("down · Done", { timeout: 30_000 });
    expect(projectContainers(name).size).toBe(0);
    expect(dockerCli("volume", "ls", "--filter", `name=${name}_data`, "--format", "{{.Name}}")).toBe("");
  } finally {
    // remove() runs down from the directory: give it its file back.
    const { mkdirSync } = await import("node:fs");
    mkdirSync(project.dir, { recursive: true });
    writeFileSync(project.file, yaml);
  }
});
