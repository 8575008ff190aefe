import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, uniqueName } from "./support/docker-cli";
import { containerList } from "./support/screens";

// A host with hundreds of containers: the list holds only the rows in view (and a few either side), keeps the
// whole count, scrolls to any row, and the keyboard reaches rows that were not drawn.

const COUNT = 320;
const LABEL = `berth.e2e.virtual=${process.pid}`;

test.describe.configure({ timeout: 180_000 });

test("hundreds of containers: a screenful of rows in the DOM, the full count, every row reachable", { tag: "@alone" }, async ({ page }) => {
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
    const linkNames = () => list.getByRole("link").evaluateAll((links) => links.map((l) => l.getAttribute("data-container-id") ?? ""));
    const atTop = await linkNames();
    await list.evaluate((nav) => nav.scrollTo({ top: nav.scrollHeight }));
    // Scrolled to the bottom: other rows are drawn now, still only a screenful.
    await expect.poll(async () => (await linkNames()).includes(atTop[0]!)).toBe(false);
    const atBottom = await linkNames();
    expect(atBottom.length).toBeLessThan(80);
    await list.evaluate((nav) => nav.scrollTo({ top: 0 }));
    await expect.poll(async () => (await linkNames())[0]).toBe(atTop[0]);

    // The keyboard reaches rows that were not drawn: End from the top focuses the last row, Home the first.
    const focusedId = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.containerId ?? "");
    await page.getByRole("searchbox", { name: "Filter containers" }).press("ArrowDown");
    await expect.poll(focusedId).toBe(atTop[0]);
    await page.keyboard.press("End");
    await expect.poll(focusedId).toBe(atBottom.at(-1));
    await page.keyboard.press("Home");
    await expect.poll(focusedId).toBe(atTop[0]);
    // And what it focused is one of ours, as the engine has it.
    const ours = new Set(dockerCli("ps", "-aq", "--no-trunc", "--filter", `label=${LABEL}`).split("\n"));
    expect(ours.has(atBottom.at(-1)!) && ours.has(atTop[0]!)).toBe(true);
  } finally {
    const ids = dockerCli("ps", "-aq", "--filter", `label=${LABEL}`).split("\n").filter(Boolean);
    if (ids.length) execFileSync("docker", ["rm", "-f", ...ids], { stdio: "ignore" });
  }
});
