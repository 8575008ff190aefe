import { expect, test } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, uniqueName } from "./support/docker-cli";
import { startProject, type ComposeProject } from "./support/stacks";

// Merged logs: two services' lines in one view, in time order, each labelled with its container as
// `docker compose logs` labels them.

let project: ComposeProject;
// Each service prints numbered lines, alternating: a at even tenths of a second, b at odd ones.
const printer = (tag: string, delay: string) =>
  `["sh", "-c", "sleep ${delay}; i=0; while [ $$i -lt 6 ]; do echo ${tag}-$$i; i=$$((i+1)); sleep 0.4; done; sleep 3600"]`;

test.beforeAll(() => {
  const yaml = [
    "services:",
    "  alpha:",
    `    image: ${FIXTURE_IMAGE}`,
    `    command: ${printer("alpha", "0.5")}`,
    "  beta:",
    `    image: ${FIXTURE_IMAGE}`,
    `    command: ${printer("beta", "0.7")}`,
    "",
  ].join("\n");
  project = startProject(uniqueName("logs").replace(/-/g, "_"), { yaml });
});
test.afterAll(() => project.remove());

test("merged logs show two services' lines in time order, with their labels", async ({ page }) => {
  const { name } = project;
  // Wait until both have printed everything (the engine's own logs say so).
  await expect.poll(() => dockerCli("logs", `${name}_beta_1`).split("\n").length, { timeout: 20_000 }).toBe(6);
  await expect.poll(() => dockerCli("logs", `${name}_alpha_1`).split("\n").length).toBe(6);
  const engineOrder = [`${name}_alpha_1`, `${name}_beta_1`]
    .flatMap((c) => dockerCli("logs", "--timestamps", c).split("\n"))
    .map((l) => ({ ts: l.slice(0, l.indexOf(" ")), text: l.slice(l.indexOf(" ") + 1) }))
    .sort((a, b) => (a.ts < b.ts ? -1 : 1))
    .map((l) => l.text);

  await page.goto(`/stacks/${name}`);
  await page.getByRole("link", { name: "Merged logs" }).click({ timeout: 30_000 });
  const view = page.getByRole("log", { name: "Merged logs" });
  await expect(view).toContainText("beta-5");
  const lines = await view.locator("div.flex.min-w-0").allInnerTexts();
  const shown = lines.map((l) => l.replace(/\s+/g, " ").trim());
  expect(shown).toEqual(engineOrder.map((text) => `${text.startsWith("alpha") ? "alpha_1" : "beta_1 "} | ${text}`.replace(/\s+/g, " ")));
  // The two services' lines interleave (the label changes more than once), as their times do.
  const labels = shown.map((l) => l.split(" ")[0]);
  expect(labels.filter((l, i) => i > 0 && l !== labels[i - 1]).length).toBeGreaterThan(1);

  // A selection: only beta.
  await page.getByRole("checkbox", { name: "alpha_1" }).uncheck();
  await expect(view).not.toContainText("alpha-0");
  await expect(view).toContainText("beta-0");
  // Search, the single-container view's field.
  await page.getByRole("checkbox", { name: "alpha_1" }).check();
  await page.getByRole("searchbox").fill("-3");
  await expect(view.locator("div.flex.min-w-0")).toHaveCount(2);
});
