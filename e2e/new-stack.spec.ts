import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { startBerth, type BerthServer } from "./support/berth-server";
import { composeCli, uniqueName } from "./support/docker-cli";
import { composeYaml, projectContainers } from "./support/stacks";

// A new stack from pasted YAML is kept under BERTH_DATA_DIR/stacks/<name>/, deploys, and is still there (and
// deployable) for a Berth that starts afresh; a file `compose config` rejects shows the CLI's words and makes nothing.

const DATA_DIR = process.env.BERTH_DATA_DIR!;
const stacksDir = () => join(DATA_DIR, "stacks");
const SECOND_PORT = Number(process.env.BERTH_E2E_PORT ?? 3111) + 3;
const lastCommand = (page: Page) => page.getByRole("region", { name: "Last command" });

async function fillForm(page: Page, base: string, name: string, yaml: string) {
  await page.goto(`${base}/stacks/new`);
  await page.getByRole("textbox", { name: "Name" }).fill(name);
  await page.getByRole("textbox", { name: "compose.yaml" }).fill(yaml);
}

test("a file compose config rejects shows the CLI's message with the line and creates nothing", async ({ page }) => {
  const name = uniqueName("badnew").replace(/-/g, "_");
  await fillForm(page, "", name, "services:\n  web:\n    image: [oops\n");
  await page.getByRole("button", { name: "Deploy" }).click();
  // (Next keeps an empty route announcer with the alert role on every page.)
  const alert = page.getByRole("alert").filter({ hasText: /\S/ });
  await expect(alert).toContainText(/line \d+/, { timeout: 30_000 });
  await expect(alert).toContainText("compose.yaml");
  await expect(alert).not.toContainText(stacksDir());
  expect(existsSync(join(stacksDir(), name))).toBe(false);
  expect(readdirSync(stacksDir()).filter((d) => d.startsWith(".new-"))).toEqual([]);
  expect(projectContainers(name).size).toBe(0);
  await expect(page).toHaveURL(/\/stacks\/new$/);
});

test("a stack name Compose would refuse is refused in the form", async ({ page }) => {
  await fillForm(page, "", "Bad Name;rm", composeYaml());
  await page.getByRole("button", { name: "Deploy" }).click();
  await expect(page.getByText(/lowercase letters, digits/).last()).toBeVisible();
});

test.describe("a stack made in Berth", () => {
  let server: BerthServer | undefined;
  const name = uniqueName("made").replace(/-/g, "_");
  test.afterAll(async () => {
    server?.stop();
    await server?.exited;
    try {
      composeCli(join(stacksDir(), name), name, "down", "-v", "-t", "1");
    } catch {
      // Never came up.
    }
  });

  test("deploys from pasted YAML, is kept under the data dir, and survives a Berth restart", async ({ page }) => {
    await fillForm(page, "", name, composeYaml({ GREETING: "from-paste" }));
    await page.getByRole("textbox", { name: ".env (optional)" }).fill("TOKEN=t0ps3cret\n");
    await page.getByRole("button", { name: "Deploy" }).click();
    await expect(page).toHaveURL(new RegExp(`/stacks/${name}$`));
    await expect(lastCommand(page)).toContainText("deploy · Done", { timeout: 30_000 });
    expect([...projectContainers(name).values()]).toEqual(["running", "running"]);
    const dir = join(stacksDir(), name);
    expect(readFileSync(join(dir, "compose.yaml"), "utf8")).toContain("from-paste");
    expect(readFileSync(join(dir, ".env"), "utf8")).toBe("TOKEN=t0ps3cret\n");

    // Taken down from a terminal, then a Berth that starts afresh: the stack is still listed, its file readable.
    composeCli(dir, name, "down", "-t", "1");
    server = await startBerth(SECOND_PORT);
    await page.goto(`${server.base}/stacks`);
    const row = page.getByRole("table", { name: "Stacks" }).getByRole("row").filter({ hasText: name });
    await expect(row).toContainText("running 0/0");
    await row.getByRole("link", { name, exact: true }).click();
    await expect(page.getByLabel(`Contents of ${join(dir, "compose.yaml")}`)).toContainText("from-paste");
    await expect(page.getByRole("list", { name: "Variables in .env" })).toHaveText("TOKEN=••••••");
    await page.getByRole("toolbar", { name: "Stack actions" }).getByRole("button", { name: "Up", exact: true }).click();
    await expect(lastCommand(page)).toContainText("up · Done", { timeout: 30_000 });
    expect([...projectContainers(name).values()]).toEqual(["running", "running"]);
  });
});
