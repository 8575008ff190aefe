import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, uniqueName } from "./support/docker-cli";
import { containerList } from "./support/screens";

// A host with hundreds of containers: the list holds only the rows in view (and a few either side), keeps the
// whole count, scrolls to any row, and the keyboard reaches rows that were not drawn.

const COUNT = 320;
const LABEL = `berth.e2e.virtual=${process.pid}`;

test.describe.configure({ timeout: 180_000 });

test("hundreds of containers: a screenful of rows in the DOM, the full count, every row reachable", async ({ page }) => {
  const prefix = uniqueName("virt");
  // Eight at a time through xargs -L 1 (a line: name, image, command): the CLI's own parallelism, no shell.
  const names = Array.from({ length: COUNT }, (_, i) => `${prefix}-${String(i).padStart(3, "0")}`);
  execFileSync("xargs", ["-P", "8", "-L", "1", "docker", "create", "--label", LABEL, "--name"], {
    input: names.map((n) => `${n} ${FIXTURE_IMAGE} true`).join("\n"),
    stdio: ["pipe", "ignore", "inherit"],
  });
  try {
    const onEngine = dockerCli("ps", "-aq").split("\n").filter(Boolean).length;
    expect(onEngine).toBeGreaterThanOrEqual(COUNT);
    await page.goto("/containers");
    const list = containerList(page);
    await expect(page.getByRole("complementary").getByText(String(onEngine), { exact: true })).toBeVisible({ timeout: 20_000 });
    const rows = list.getByRole("listitem");
    await expect(rows.first()).toBeVisible();
    // Only what is in view is drawn: a few dozen rows, not hundreds.
    expect(await rows.count()).toBeLessThan(80);

    // Filtered to our prefix, the last one is reached by scrolling the list.
    await page.getByRole("searchbox", { name: "Filter containers" }).fill(prefix);
    await expect(page.getByRole("complementary").getByText(`${COUNT}/${onEngine}`)).toBeVisible();
    // The list keeps the order the API gives; ours, in that order:
    const api = (await (await page.request.get("/api/containers?all=1")).json()) as { containers: { name: string }[] };
    const shown = api.containers.map((c) => c.name).filter((n) => n.startsWith(prefix));
    expect(shown).toHaveLength(COUNT);
    await list.evaluate((nav) => nav.scrollTo({ top: nav.scrollHeight }));
    await expect(list.getByRole("link", { name: new RegExp(`${shown.at(-1)} `) })).toBeVisible();
    await expect(list.getByRole("link", { name: new RegExp(`${shown[0]} `) })).toHaveCount(0);
    expect(await rows.count()).toBeLessThan(80);
    // The keyboard reaches rows that were not drawn: Home from the filter's first row goes to the top, End to the bottom.
    await page.getByRole("searchbox", { name: "Filter containers" }).press("ArrowDown");
    await page.keyboard.press("End");
    const focusedAtEnd = await page.evaluate(() => document.activeElement?.textContent ?? "");
    await page.keyboard.press("Home");
    const focusedAtHome = await page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(focusedAtEnd).toContain(shown.at(-1));
    expect(focusedAtHome).toContain(shown[0]);
  } finally {
    const ids = dockerCli("ps", "-aq", "--filter", `label=${LABEL}`).split("\n").filter(Boolean);
    if (ids.length) execFileSync("docker", ["rm", "-f", ...ids], { stdio: "ignore" });
  }
});
