import { expect, test } from "@playwright/test";
import { dockerCli, uniqueName } from "./support/docker-cli";
import { projectContainers, startProject, type ComposeProject } from "./support/stacks";
import { openContainersList } from "./support/screens";

// Stacks are found from the labels Compose puts on what it creates: a project started with the CLI from any
// directory is a stack in Berth, with its services, their states, networks and volumes, live through events.

let project: ComposeProject;

test.beforeAll(() => {
  project = startProject(uniqueName("stk").replace(/-/g, "_"));
  project.cli("up", "-d", "--scale", "worker=2");
});
test.afterAll(() => project.remove());

test("a project started with the CLI appears as a stack with its services, networks and volumes", async ({ page }) => {
  const { name } = project;
  await page.goto("/stacks");
  const row = page.getByRole("table", { name: "Stacks" }).getByRole("row").filter({ hasText: name });
  // The first stacks read detects the Compose CLI (a Python start): seconds on a loaded machine.
  await expect(row.getByRole("link", { name, exact: true })).toBeVisible({ timeout: 30_000 });
  await expect(row).toContainText("running 3/3");
  await expect(row).toContainText("web, worker");
  await expect(row).toContainText(`${name}_default`);
  await expect(row).toContainText(`${name}_data`);
  await expect(row).toContainText(project.dir);

  await row.getByRole("link", { name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/stacks/${name}$`));
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const web = page.getByRole("row", { name: "Service web" });
  const worker = page.getByRole("row", { name: "Service worker" });
  await expect(web).toContainText("running 1/1");
  await expect(worker).toContainText("running 2/2");
  // The published port as the engine bound it.
  const hostPort = dockerCli("port", `${name}_web_1`, "8080/tcp");
  await expect(web).toContainText(`${hostPort}→8080/tcp`);
  await expect(page.getByRole("region", { name: "Project" }).getByText(project.file, { exact: true })).toBeVisible();

  // A container stopped from a terminal shows at once: the engine's event revalidates the screen.
  dockerCli("stop", "-t", "1", `${name}_worker_2`);
  await expect(worker).toContainText("running 1/2");
  await expect(page.getByRole("heading", { level: 1, name }).locator("..")).toContainText("running 2/3");
  expect(projectContainers(name).get(`${name}_worker_2`)).toBe("exited");
  dockerCli("start", `${name}_worker_2`);
  await expect(worker).toContainText("running 2/2");
});

test("the containers list groups a project's containers under a collapsible header, standalone apart", async ({ page }) => {
  const { name } = project;
  const solo = uniqueName("solo");
  dockerCli("run", "-d", "--name", solo, process.env.BERTH_FIXTURE_IMAGE ?? "berth-fixture/busybox:latest", "sleep", "600");
  try {
    await openContainersList(page);
    await page.getByRole("button", { name: "Group by stack" }).click();
    const group = page.getByRole("group", { name: `Stack ${name}` });
    await expect(group.getByRole("link", { name: new RegExp(`${name}_web_1`) })).toBeVisible();
    await expect(group.getByRole("link", { name: new RegExp(`${name}_worker_\\d`) })).toHaveCount(2);
    await expect(group).toContainText("3/3");
    const standalone = page.getByRole("group", { name: "Standalone containers" });
    await expect(standalone.getByRole("link", { name: new RegExp(solo) })).toBeVisible();
    await expect(group.getByRole("link", { name: new RegExp(solo) })).toHaveCount(0);

    await group.getByRole("button", { name: `Collapse stack ${name}` }).click();
    await expect(group.getByRole("link", { name: new RegExp(`${name}_web_1`) })).toHaveCount(0);
    await group.getByRole("button", { name: `Expand stack ${name}` }).click();
    await expect(group.getByRole("link", { name: new RegExp(`${name}_web_1`) })).toBeVisible();
  } finally {
    dockerCli("rm", "-f", solo);
  }
});

test("cleanup says which stack a resource belonged to, and the security audit groups findings by stack", async ({ page }) => {
  const { name } = project;
  // A worker stopped with the CLI: an exited container of the project, on offer in the cleanup preview.
  dockerCli("stop", "-t", "1", `${name}_worker_2`);
  const solo = uniqueName("solo");
  dockerCli("run", "-d", "--name", solo, process.env.BERTH_FIXTURE_IMAGE ?? "berth-fixture/busybox:latest", "sleep", "600");
  try {
    expect(projectContainers(name).get(`${name}_worker_2`)).toBe("exited");
    await page.goto("/cleanup");
    const row = page.getByRole("row").filter({ hasText: `${name}_worker_2` });
    await expect(row).toContainText(`stack ${name}`, { timeout: 20_000 });

    await page.goto("/security");
    const audit = page.getByRole("table", { name: "Containers and findings" });
    const header = audit.getByRole("rowheader", { name: new RegExp(`^Stack ${name} · 3$`) });
    await expect(header).toBeVisible();
    await expect(audit.getByRole("rowheader", { name: /^Standalone containers · \d+$/ })).toBeVisible();
    // The project's containers sit under its header, before the next group starts.
    const order = await audit.locator("tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-container") ?? r.textContent?.trim() ?? ""));
    const start = order.findIndex((t) => t.startsWith(`Stack ${name}`));
    expect(order.slice(start + 1, start + 4).sort()).toEqual([`${name}_web_1`, `${name}_worker_1`, `${name}_worker_2`]);
    // A container of no project sits under "Standalone containers".
    const standalone = order.findIndex((t) => t.startsWith("Standalone containers"));
    expect(order.slice(standalone + 1)).toContain(solo);
  } finally {
    dockerCli("rm", "-f", solo);
    dockerCli("start", `${name}_worker_2`);
  }
});
