import { existsSync, readdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { dockerCli, inspectContainer, uniqueName } from "./support/docker-cli";
import { projectContainers, startProject, type ComposeProject } from "./support/stacks";

// Project actions from the browser run the real docker-compose as tasks; what the engine did is checked with
// `docker-compose ps` and `docker ps`. The project lives in a directory whose name is shell syntax: it must reach
// the CLI as one argument and run nothing else.

let project: ComposeProject;
const HOSTILE_PREFIX = "berth stk;touch pwned;$(touch pwned2)`touch pwned3`-";

test.beforeAll(() => {
  project = startProject(uniqueName("act").replace(/-/g, "_"), { dirPrefix: HOSTILE_PREFIX });
});
test.afterAll(() => project.remove());

const lastCommand = (page: Page) => page.getByRole("region", { name: "Last command" });

async function act(page: Page, label: string, expected: string) {
  await page.getByRole("toolbar", { name: "Stack actions" }).getByRole("button", { name: label, exact: true }).click();
  await expect(lastCommand(page)).toContainText(`${expected} · Done`, { timeout: 30_000 });
}

test("stop, start, restart, scale and down from the browser do what docker-compose ps and docker ps say", async ({ page }) => {
  const { name } = project;
  await page.goto(`/stacks/${name}`);
  // The first stack read may be the one that detects the Compose CLI (a Python start): seconds on a loaded machine.
  await expect(page.getByRole("row", { name: "Service web" })).toContainText("running 1/1", { timeout: 30_000 });

  await act(page, "Stop", "stop");
  expect([...projectContainers(name).values()]).toEqual(["exited", "exited"]);
  expect(project.cli("ps")).toMatch(new RegExp(`${name}_web_1\\s.*Exit`));
  await expect(page.getByRole("row", { name: "Service web" })).toContainText("running 0/1");

  await act(page, "Start", "start");
  expect([...projectContainers(name).values()]).toEqual(["running", "running"]);
  expect(project.cli("ps")).toMatch(new RegExp(`${name}_web_1\\s.*Up`));

  const startedBefore = inspectContainer(`${name}_web_1`).State.StartedAt;
  await act(page, "Restart", "restart");
  expect(inspectContainer(`${name}_web_1`).State.StartedAt).not.toBe(startedBefore);
  // The CLI's own output, streamed into the task.
  await expect(lastCommand(page)).toContainText(`Restarting ${name}_web_1`);

  await page.getByRole("spinbutton", { name: "Replicas of worker" }).fill("2");
  await page.getByRole("button", { name: "Scale worker" }).click();
  await expect(lastCommand(page)).toContainText("scale worker to 2 · Done", { timeout: 30_000 });
  expect([...projectContainers(name).keys()].sort()).toEqual([`${name}_web_1`, `${name}_worker_1`, `${name}_worker_2`]);
  await expect(page.getByRole("row", { name: "Service worker" })).toContainText("running 2/2");

  // Down shows exactly what goes first; the volume stays unless asked for.
  await page.getByRole("toolbar", { name: "Stack actions" }).getByRole("button", { name: "Down…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("region", { name: "Containers" }).getByRole("listitem")).toHaveText([
    `${name}_web_1`,
    `${name}_worker_1`,
    `${name}_worker_2`,
  ]);
  await expect(dialog.getByRole("region", { name: "Networks" }).getByRole("listitem")).toHaveText([`${name}_default`]);
  await expect(dialog.getByRole("region", { name: "Volumes" })).toHaveCount(0);
  await dialog.getByRole("button", { name: "Down", exact: true }).click();
  await expect(lastCommand(page)).toContainText("down · Done", { timeout: 30_000 });
  expect(projectContainers(name).size).toBe(0);
  expect(dockerCli("network", "ls", "--filter", `name=${name}_default`, "--format", "{{.Name}}")).toBe("");
  expect(dockerCli("volume", "ls", "--filter", `name=${name}_data`, "--format", "{{.Name}}")).toBe(`${name}_data`);

  // The directory's shell syntax ran nothing: no file made where a shell would have made one.
  for (const dir of [project.dir, process.cwd(), `${project.dir}/..`]) {
    expect(readdirSync(dir).filter((f) => f.startsWith("pwned"))).toEqual([]);
  }
  expect(existsSync(`${project.dir}/docker-compose.yml`)).toBe(true);
});

test("a failing command shows the CLI's exit status and stderr", async ({ page }) => {
  const { name } = project;
  project.cli("up", "-d");
  await page.goto(`/stacks/${name}`);
  // Nothing is pulled from the internet here: the fixture image is not in any registry the engine can reach.
  await page.getByRole("toolbar", { name: "Stack actions" }).getByRole("button", { name: "Pull", exact: true }).click();
  await expect(lastCommand(page)).toContainText("pull · Failed", { timeout: 45_000 });
  await expect(lastCommand(page)).toContainText(/Compose exited with status [1-9]/);
  // The CLI's stderr, as it wrote it.
  await expect(lastCommand(page)).toContainText(/ERROR: for (web|worker)/);
});

test("a hostile stack name is refused before anything runs", async ({ request }) => {
  const res = await request.post(`/api/stacks/${encodeURIComponent("x;touch pwned")}/stop`, { data: {} });
  expect(res.status()).toBe(400);
  expect((await res.json()).error.message).toMatch(/stack name/);
  expect(readdirSync(process.cwd()).filter((f) => f.startsWith("pwned"))).toEqual([]);
});
