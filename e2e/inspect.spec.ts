import { expect, test } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { openTab } from "./support/files";
import { detailPane } from "./support/screens";

// The Inspect tab: the engine's own inspect JSON as a collapsible tree, env values masked.

test.describe("inspect", () => {
  const name = uniqueName("inspect");
  const secret = "hunter2-very-secret";
  test.beforeAll(() => runSleeper(name, ["-e", `API_TOKEN=${secret}`, "--label", "berth.test=inspect"]));
  test.afterAll(() => removeQuietly(name));

  test("shows the raw inspect JSON, collapsible, env values masked until shown", async ({ page, context }) => {
    const id = dockerCli("inspect", "--format", "{{.Id}}", name);
    await openTab(page, name, "inspect");
    const pane = detailPane(page);
    const tree = pane.getByRole("group", { name: "Inspect JSON" });
    await expect(tree).toContainText(`"Id": "${id}"`);
    await expect(tree).toContainText(`"Image": "${FIXTURE_IMAGE}"`);
    await expect(tree).toContainText('"API_TOKEN=');
    await expect(tree).not.toContainText(secret);

    const show = pane.getByRole("button", { name: "Show values" });
    await show.click();
    await expect(tree).toContainText(`"API_TOKEN=${secret}"`);
    await pane.getByRole("button", { name: "Hide values" }).click();
    await expect(tree).not.toContainText(secret);

    // Collapse and expand one node, then everything.
    const config = tree.getByRole("button", { name: "Config", exact: true });
    await expect(config).toHaveAttribute("aria-expanded", "true");
    await config.click();
    await expect(config).toHaveAttribute("aria-expanded", "false");
    await expect(tree).not.toContainText(`"Image": "${FIXTURE_IMAGE}"`);
    await config.click();
    await expect(tree).toContainText(`"Image": "${FIXTURE_IMAGE}"`);

    const labels = tree.getByRole("button", { name: "Config.Labels", exact: true });
    await expect(labels).toHaveAttribute("aria-expanded", "false");
    await pane.getByRole("button", { name: "Expand all" }).click();
    await expect(labels).toHaveAttribute("aria-expanded", "true");
    await expect(tree).toContainText('"berth.test": "inspect"');
    await pane.getByRole("button", { name: "Collapse all" }).click();
    await expect(config).toHaveAttribute("aria-expanded", "false");
    await expect(tree).toContainText(`"Id": "${id}"`);

    // Find opens the way to each hit; a masked value cannot be found.
    const find = pane.getByRole("searchbox", { name: "Find in inspect JSON" });
    await find.fill("berth.test");
    await expect(pane.getByRole("status").filter({ hasText: "match" })).toHaveText("1 match");
    await expect(labels).toHaveAttribute("aria-expanded", "true");
    await expect(config).toHaveAttribute("aria-expanded", "true");
    await find.fill(secret);
    await expect(pane.getByRole("status").filter({ hasText: "match" })).toHaveText("0 matches");
    await find.fill("");

    // Copy JSON copies what is shown: masked while masked.
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await pane.getByRole("button", { name: "Copy JSON" }).click();
    await expect(pane.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
    expect(copied.Id).toBe(id);
    expect(copied.Config.Env).toContain("API_TOKEN=••••••••");
    expect(JSON.stringify(copied)).not.toContain(secret);
  });

  test("the tree follows the engine: a stop shows up without a reload", async ({ page }) => {
    await openTab(page, name, "inspect");
    const tree = detailPane(page).getByRole("group", { name: "Inspect JSON" });
    await expect(tree).toContainText('"Running": true');
    const other = uniqueName("inspect-stop");
    runSleeper(other);
    try {
      await openTab(page, other, "inspect");
      await expect(tree).toContainText('"Running": true');
      dockerCli("stop", "-t", "1", other);
      await expect(tree).toContainText('"Running": false');
    } finally {
      removeQuietly(other);
    }
  });

  test("API: the engine's inspect JSON as is; unknown container 404", async ({ request }) => {
    const res = await request.get(`/api/containers/${name}/inspect`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    const truth = JSON.parse(dockerCli("inspect", name))[0];
    expect(body.Id).toBe(truth.Id);
    expect(body.Config.Image).toBe(FIXTURE_IMAGE);
    expect(body.Config.Env).toContain(`API_TOKEN=${secret}`);
    const unknown = await request.get("/api/containers/no-such-container-xyz/inspect");
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).error.code).toBe("not_found");
  });
});
