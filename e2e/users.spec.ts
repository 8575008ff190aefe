import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { containerState, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { rawRequest } from "./support/raw-http";
import { signInAs, startTeamBerth, type TeamBerth } from "./support/team";

// The Users page (team mode, admins): an admin adds a viewer in the browser; the viewer signs in, sees env values
// masked and no buttons that would change anything, and is refused a mutation with 403; an own API token works as
// Bearer until revoked; disabling the account ends its session at once; the audit log has a row for each change.

const PORT = Number(new URL(baseURL).port) + 25;
const SECRET = "users-spec-secret-value";

let team: TeamBerth;

const bearer = (token: string, path: string, method = "GET") =>
  rawRequest(`${team.base}${path}`, { method, headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: method === "GET" ? undefined : "{}" });

test.describe.serial("users", () => {
  const name = uniqueName("users");
  const viewer = { name: `ann-${PORT}`, password: "ann-password-12345" };

  test.beforeAll(async () => {
    runSleeper(name, ["-e", `API_TOKEN=${SECRET}`]);
    team = await startTeamBerth(PORT);
  });
  test.afterAll(async () => {
    team?.stop();
    await team?.exited;
    team?.cleanup();
    removeQuietly(name);
  });

  test("an admin adds a viewer, who sees masked values and no buttons, and is refused a mutation; disabling ends the session", async ({ browser }) => {
    const admin = await signInAs(browser, team.base, team.accounts.admin, "/users");
    await expect(admin.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Users" })).toBeVisible();
    const form = admin.page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Name").fill(viewer.name);
    await form.getByLabel("Role").selectOption("viewer");
    await form.getByLabel("Password").fill(viewer.password);
    await form.getByRole("button", { name: "Add user" }).click();
    const users = admin.page.getByRole("table", { name: "Users" });
    await expect(users.getByRole("row", { name: new RegExp(viewer.name) })).toContainText("enabled");
    await expect(users.getByLabel(`Role of ${viewer.name}`)).toHaveValue("viewer");

    // The viewer: the container with its env value masked, and nothing to press.
    const ann = await signInAs(browser, team.base, viewer, `/containers/${name}?tab=inspect`);
    const details = ann.page.getByRole("region", { name: "Container details" });
    const tree = details.getByRole("group", { name: "Inspect JSON" });
    await details.getByRole("button", { name: "Show values" }).click();
    await expect(tree).toContainText('"API_TOKEN=••••••"');
    await expect(tree).not.toContainText(SECRET);
    await expect(ann.page.getByRole("navigation", { name: "Main" })).toContainText("Networks");
    await expect(ann.page.getByRole("link", { name: `${viewer.name} (viewer)` })).toBeVisible();
    await expect(ann.page.getByRole("group", { name: "Container actions" })).toHaveCount(0);
    await expect(ann.page.getByRole("button", { name: /^(Stop|Start|Restart|Remove)$/ })).toHaveCount(0);
    await expect(ann.page.getByRole("link", { name: "+ New" })).toHaveCount(0);
    await expect(ann.page.getByRole("tab", { name: "Terminal" })).toHaveCount(0);
    await expect(ann.page.getByRole("link", { name: /Clean up/ })).toHaveCount(0);
    const nav = ann.page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Users", exact: true })).toHaveCount(0);
    await expect(nav.getByRole("link", { name: "Audit", exact: true })).toHaveCount(0);
    // The server refuses regardless of what the page shows.
    const refused = await ann.page.request.post(`${team.base}/api/containers/${name}/stop`, { headers: { Origin: team.base }, data: {} });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.code).toBe("forbidden");
    expect(containerState(name)).toBe("running");
    expect((await ann.page.request.get(`${team.base}/api/users`)).status()).toBe(403);

    // Their own API token: made on the account page, shown once, works as Bearer with their role, then revoked.
    await ann.page.getByRole("link", { name: `${viewer.name} (viewer)` }).click();
    await ann.page.getByLabel("Token name").fill("script");
    await ann.page.getByRole("button", { name: "Create token" }).click();
    const token = (await ann.page.getByRole("status", { name: "New API token" }).locator("code").textContent())!.trim();
    expect(token).toMatch(/^berth_/);
    expect((await bearer(token, "/api/containers")).status).toBe(200);
    expect((await bearer(token, `/api/containers/${name}/stop`, "POST")).status).toBe(403);
    // Nothing lists it again: the admin's view has the label and dates only.
    const listed = await admin.page.request.get(`${team.base}/api/users/${viewer.name}/tokens`);
    expect(await listed.text()).toContain("script");
    expect(await listed.text()).not.toContain(token);
    await ann.page.getByRole("button", { name: "Revoke script" }).click();
    await expect(ann.page.getByRole("list", { name: "Tokens" })).toContainText("No tokens yet.");
    expect((await bearer(token, "/api/containers")).status).toBe(401);

    // The admin sees the viewer's session, then disables the account: the viewer's next request answers 401.
    await admin.page.reload();
    await admin.page.getByRole("button", { name: `Sessions and tokens of ${viewer.name}` }).click();
    await expect(admin.page.getByRole("region", { name: `Sessions of ${viewer.name}` }).getByRole("listitem")).toHaveCount(1);
    await admin.page.getByRole("button", { name: `Disable ${viewer.name}` }).click();
    await expect(users.getByRole("row", { name: new RegExp(viewer.name) }).first()).toContainText("disabled");
    expect((await ann.page.request.get(`${team.base}/api/containers`)).status()).toBe(401);
    await ann.page.reload();
    await expect(ann.page).toHaveURL(/\/login\?next=/);

    // The last enabled admin stays one.
    const demote = await admin.page.request.patch(`${team.base}/api/users/${team.accounts.admin.name}`, { headers: { Origin: team.base }, data: { role: "operator" } });
    expect(demote.status()).toBe(409);

    // One audit row for each change, with who made it.
    const rows = (await (await admin.page.request.get(`${team.base}/api/audit?limit=100`)).json()).rows as { actor: string; verb: string; outcome: string; status: number }[];
    const seen = rows.map((r) => `${r.actor} ${r.verb} ${r.status}`);
    const a = team.accounts.admin.name;
    expect(seen).toEqual(
      expect.arrayContaining([
        `${a} POST /api/users 201`,
        `${viewer.name} POST /api/containers/[id]/[action] 403`,
        `${viewer.name} POST /api/session/tokens 201`,
        `${viewer.name} DELETE /api/session/tokens/[token] 200`,
        `${a} PATCH /api/users/[name] 200`,
        `${a} PATCH /api/users/[name] 409`,
      ]),
    );
    const text = JSON.stringify(rows);
    expect(text).not.toContain(token);
    expect(text).not.toContain(viewer.password);
    await admin.page.goto(`${team.base}/audit`);
    await expect(admin.page.getByRole("table", { name: "Audit log" })).toContainText("PATCH /api/users/[name]");
    await ann.context.close();
    await admin.context.close();
  });

  test("an account made without a password gets a one-time link to choose one", async ({ browser }) => {
    const admin = await signInAs(browser, team.base, team.accounts.admin, "/users");
    const form = admin.page.getByRole("form", { name: "Add a user" });
    await form.getByLabel("Name").fill(`bob-${PORT}`);
    await form.getByLabel("Role").selectOption("operator");
    await form.getByRole("button", { name: "Add user" }).click();
    const link = (await admin.page.getByRole("status", { name: `Setup link for bob-${PORT}` }).locator("code").textContent())!.trim();
    expect(link).toContain(`${team.base}/login?invite=`);
    await expect(admin.page.getByRole("row", { name: new RegExp(`bob-${PORT}`) })).toContainText("waiting for setup link");

    const bob = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await bob.newPage();
    await page.goto(link);
    await page.getByLabel(/^New password/).fill("bobs-chosen-password");
    await page.getByRole("button", { name: "Set password and sign in" }).click();
    await expect(page.getByRole("link", { name: `bob-${PORT} (operator)` })).toBeVisible();
    expect((await page.request.get(`${team.base}/api/containers`)).status()).toBe(200);
    // Used up.
    await bob.clearCookies();
    expect((await page.goto(link))?.status()).toBe(401);
    await bob.close();
    await admin.context.close();
  });

  test("in local mode the page says accounts are team mode's, and how to turn it on", async ({ page }) => {
    await page.goto("/users");
    await expect(page.getByRole("note")).toContainText("Accounts exist only in team mode");
    await expect(page.getByRole("note")).toContainText("BERTH_MODE=team");
  });
});
