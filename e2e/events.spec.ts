import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, removeQuietly, SLEEPER_CMD, uniqueName } from "./support/docker-cli";

// The Events screen against the sandbox engine: rows come from real engine events the docker CLI causes.

function eventsTable(page: Page): Locator {
  return page.getByRole("table", { name: "Events" });
}

/** The row of `action` on the container `name` (the Action cell holds exactly the action). */
function eventRow(page: Page, name: string, action: string): Locator {
  return eventsTable(page)
    .getByRole("row")
    .filter({ hasText: name })
    .filter({ has: page.getByRole("cell", { name: action, exact: true }) });
}

/** datetime-local's value, in the browser's (= this machine's) zone, to the second. */
function localInput(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

async function openLive(page: Page) {
  await page.goto("/events");
  await expect(page.getByRole("heading", { level: 1, name: "Events" })).toBeVisible();
  // The socket must be listening before the CLI acts, or the event would go to nobody.
  await expect(page.getByText("live", { exact: true })).toBeVisible();
}

test.describe("events", () => {
  test("a container start appears live, linked to the container; filters narrow the rows", async ({ page }) => {
    const name = uniqueName("ev-live");
    try {
      await openLive(page);
      const id = dockerCli("create", "--name", name, FIXTURE_IMAGE, ...SLEEPER_CMD);
      dockerCli("start", name);

      const row = eventRow(page, name, "start");
      await expect(row).toBeVisible();
      await expect(row.getByRole("cell", { name: "container", exact: true })).toBeVisible();
      await expect(row.getByRole("link", { name })).toHaveAttribute("href", `/containers/${id}`);
      await expect(row).toContainText(`image=${FIXTURE_IMAGE}`);
      await expect(eventRow(page, name, "create")).toBeVisible();

      // Type: images only hides it; Action: "start" keeps start and hides create; Container: another name hides all.
      const filters = page.getByRole("group", { name: "Event filters" });
      await filters.getByLabel("Type").selectOption("image");
      await expect(row).toBeHidden();
      await filters.getByLabel("Type").selectOption("container");
      await filters.getByLabel("Action").fill("start");
      await expect(row).toBeVisible();
      await expect(eventRow(page, name, "create")).toBeHidden();
      await filters.getByLabel("Container").fill("no-such-container");
      await expect(row).toBeHidden();
      await filters.getByLabel("Container").fill(name);
      await expect(row).toBeVisible();
      await filters.getByLabel("Image").fill("not-this-image");
      await expect(row).toBeHidden();
      await page.getByRole("button", { name: "Reset filters" }).click();
      await expect(row).toBeVisible();

      await row.getByRole("link", { name }).click();
      await expect(page).toHaveURL(new RegExp(`/containers/${id}`));
      await expect(page.getByRole("heading", { name, exact: true })).toBeVisible();
    } finally {
      removeQuietly(name);
    }
  });

  test("while paused an event is counted but not inserted; resume inserts it", async ({ page }) => {
    const name = uniqueName("ev-pause");
    try {
      dockerCli("run", "-d", "--name", name, FIXTURE_IMAGE, ...SLEEPER_CMD);
      await openLive(page);
      await page.getByRole("button", { name: "Pause" }).click();
      await expect(page.getByRole("status").filter({ hasText: "0 new" })).toBeVisible();

      dockerCli("stop", "-t", "1", name);
      await expect(page.getByRole("status").filter({ hasText: /^[1-9]\d* new$/ })).toBeVisible();
      await expect(eventRow(page, name, "stop")).toHaveCount(0);

      await page.getByRole("button", { name: /Resume/ }).click();
      await expect(eventRow(page, name, "kill")).toBeVisible();
      await expect(eventRow(page, name, "die")).toBeVisible();
      await expect(eventRow(page, name, "stop")).toBeVisible();
      await expect(page.getByRole("button", { name: "Pause" })).toBeVisible();
    } finally {
      removeQuietly(name);
    }
  });

  test("history with since/until finds an event from before the page opened; export downloads it as JSONL", async ({ page }) => {
    const name = uniqueName("ev-hist");
    const before = Date.now() - 2000;
    try {
      const id = dockerCli("run", "-d", "--name", name, FIXTURE_IMAGE, ...SLEEPER_CMD);
      const after = Date.now() + 2000;
      await openLive(page);
      await expect(eventRow(page, name, "start")).toHaveCount(0);

      const filters = page.getByRole("group", { name: "Event filters" });
      await filters.getByLabel("Since").fill(localInput(before));
      await filters.getByLabel("Until").fill(localInput(after));
      await filters.getByLabel("Container").fill(name);
      await page.getByRole("button", { name: "Load history" }).click();
      await expect(page.getByRole("status").filter({ hasText: /Loaded \d+ past event/ })).toBeVisible();
      const row = eventRow(page, name, "start");
      await expect(row).toBeVisible();
      await expect(row.getByRole("link", { name })).toHaveAttribute("href", `/containers/${id}`);

      // The rows in view, from the page.
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSONL" }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.jsonl$/);
      const lines = readFileSync((await download.path())!, "utf8").trim().split("\n").map((l) => JSON.parse(l));
      expect(lines).toContainEqual(expect.objectContaining({ type: "container", action: "start", id, name }));
      expect(lines.every((e) => e.name === name || e.attributes?.name === name)).toBe(true);

      // The same range streamed by the server.
      const [streamed] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download range as JSONL" }).click()]);
      const streamedLines = readFileSync((await streamed.path())!, "utf8").trim().split("\n").map((l) => JSON.parse(l));
      expect(streamedLines).toContainEqual(expect.objectContaining({ action: "start", id }));
    } finally {
      removeQuietly(name);
    }
  });

  test("history says where the engine's memory of events ends when it no longer reaches back to since", async ({ request }) => {
    const prefix = uniqueName("ev-horizon");
    const since = (Date.now() - 1000) / 1000;
    const names = Array.from({ length: 140 }, (_, i) => `${prefix}-${i}`);
    try {
      // 140 creates and 140 destroys: more than the 256 events dockerd keeps.
      for (const name of names) dockerCli("volume", "create", name);
    } finally {
      dockerCli("volume", "rm", "-f", ...names);
    }
    const res = await request.get(`/api/events?since=${since}&type=volume`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { events: { id: string }[]; horizon?: number };
    expect(body.horizon).toBeGreaterThan(since * 1000);
    // What is left is the newest: the last volume's destroy is there, the first one's create is not.
    const seen = body.events.map((e) => e.id); // a volume's id is its name
    expect(seen).toContain(names[names.length - 1]);
    expect(seen.filter((n) => n === names[0]).length).toBeLessThan(2);

    const recent = await request.get(`/api/events?since=${Date.now() / 1000 - 1}`);
    expect((await recent.json()).horizon).toBeUndefined();
  });

  test("the history API refuses a bad range with a clear 400", async ({ request }) => {
    const res = await request.get("/api/events?since=1700000100&until=1700000000");
    expect(res.status()).toBe(400);
    expect((await res.json()).error.message).toContain("since must not be after until");
    const wide = await request.get("/api/events?since=1600000000&until=1700000000");
    expect(wide.status()).toBe(400);
  });
});
