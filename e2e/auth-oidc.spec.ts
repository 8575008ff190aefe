import Database from "better-sqlite3";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { containerState, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { startTestProvider, type TestProvider } from "./support/oidc-provider";
import { startTeamBerth, type TeamBerth } from "./support/team";

// Single sign-on against a real OpenID Connect provider (oidc-provider, run here on 127.0.0.1): Chromium clicks
// "Sign in with …" on Berth's sign-in page, signs in on the provider's own form, and comes back signed in with the
// role its groups map to — checked on the server (an admin reaches the admin-only audit log, a viewer's mutation is
// 403 and its env values masked). The state, nonce and PKCE checks are the library's; a tampered state is refused
// with a page in words, a provider that stops answering too, and every attempt leaves an audit row (source oidc).

const PORT = Number(new URL(baseURL).port) + 21;
const PROVIDER_PORT = PORT + 1;
const STRANGER = { storageState: { cookies: [], origins: [] } };
const SECRET = "hunter2-oidc-secret";
const LABEL = "Test IdP";

let provider: TestProvider;
let team: TeamBerth;
let logDir: string;
const serverLog = () => readFileSync(path.join(logDir, "berth.log"), "utf8");

/** From Berth's sign-in page through the provider's login and consent forms; resolves on the provider's last click. */
async function throughProvider(page: Page, login: string, next: string) {
  await page.goto(`${team.base}${next}`);
  await expect(page).toHaveURL(`${team.base}/login?next=${encodeURIComponent(next)}`);
  await page.getByRole("link", { name: `Sign in with ${LABEL}`, exact: true }).click();
  // The provider's own pages, on its own origin.
  await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/interaction/`));
  await page.getByPlaceholder("Enter any login").fill(login);
  await page.getByPlaceholder("and password").fill("any password: the dev form checks none");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

/** The provider's redirect back to Berth, stopped before Berth sees it: its URL. */
function holdCallback(page: Page): Promise<string> {
  return new Promise((resolve) => {
    void page.route((u) => u.href.startsWith(`${team.base}/login/oidc/callback`), async (route) => {
      resolve(route.request().url());
      await route.abort();
      await page.unrouteAll();
    });
  });
}

async function ssoSignIn(browser: Browser, login: string, next = "/containers") {
  const context = await browser.newContext(STRANGER);
  const page = await context.newPage();
  await throughProvider(page, login, next);
  await expect(page).toHaveURL(`${team.base}${next}`);
  return { context, page };
}

const auditRows = async (query: string) => {
  const res = await fetch(`${team.base}/api/audit?limit=50&${query}`, { headers: team.accounts.admin.headers });
  return (await res.json()).rows as { actor: string; role: string | null; verb: string; outcome: string; status: number | null; detail: string | null }[];
};

test.describe("single sign-on (OpenID Connect)", () => {
  const name = uniqueName("oidc");

  test.beforeAll(async () => {
    runSleeper(name, ["-e", `API_TOKEN=${SECRET}`]);
    provider = await startTestProvider(PROVIDER_PORT, {
      redirectUri: `http://127.0.0.1:${PORT}/login/oidc/callback`,
      accounts: {
        ada: { name: "Ada Admin", email: "ada@example.test", groups: ["staff", "berth-admins"] },
        olli: { name: "Olli Ops", email: "olli@example.test", groups: ["berth-ops"] },
        vic: { name: "Vic Viewer", email: "vic@example.test", groups: ["staff"] },
      },
    });
    logDir = mkdtempSync(path.join(tmpdir(), "berth-oidc-log-"));
    team = await startTeamBerth(
      PORT,
      {
        BERTH_OIDC_ISSUER: provider.issuer,
        BERTH_OIDC_CLIENT_ID: provider.clientId,
        BERTH_OIDC_CLIENT_SECRET: provider.clientSecret,
        BERTH_OIDC_NAME: LABEL,
        BERTH_OIDC_SCOPES: "openid profile email groups",
        BERTH_OIDC_ADMIN_VALUES: "berth-admins",
        BERTH_OIDC_OPERATOR_VALUES: "berth-ops,sre",
      },
      { logFile: path.join(logDir, "berth.log") },
    );
  });
  test.afterAll(async () => {
    team?.stop();
    await team?.exited;
    await provider?.stop();
    team?.cleanup();
    if (logDir) rmSync(logDir, { recursive: true, force: true });
    removeQuietly(name);
  });

  test("an admin by group signs in at the provider and lands on Berth as admin; the audit names the OIDC login", async ({ browser }) => {
    const { context, page } = await ssoSignIn(browser, "ada");
    await expect(page.getByRole("complementary").getByText(name, { exact: true })).toBeVisible();
    const cookies = await context.cookies(team.base);
    expect(cookies.find((c) => c.name === "berth_session")).toMatchObject({ httpOnly: true, sameSite: "Strict" });
    // The pending sign-in is used up.
    expect(cookies.find((c) => c.name === "berth_oidc")).toBeUndefined();

    // Admin, on the server: the create form opens, and the admin-only audit log answers.
    await page.getByRole("link", { name: "+ New" }).click();
    await expect(page.getByRole("searchbox", { name: "Search images" })).toBeVisible();
    await page.goto(`${team.base}/audit`);
    const table = page.getByRole("table", { name: "Audit log" });
    await expect(table.getByRole("row").filter({ hasText: "ada" }).filter({ hasText: "login" }).first()).toBeVisible();
    const rows = await auditRows("verb=login&actor=ada");
    expect(rows[0]).toMatchObject({ actor: "ada", role: "admin", verb: "login", outcome: "ok" });
    expect(rows[0]!.detail).toMatch(/^source oidc \(127\.0\.0\.1:\d+\): account created$/);
    await context.close();
  });

  test("a viewer (no mapped group) sees env values masked and is refused mutations; an operator's group gives operator", async ({ browser }) => {
    const { context, page } = await ssoSignIn(browser, "vic", `/containers/${name}?tab=inspect`);
    const tree = page.getByRole("region", { name: "Container details" }).getByRole("group", { name: "Inspect JSON" });
    await expect(tree).toContainText('"API_TOKEN=');
    await page.getByRole("region", { name: "Container details" }).getByRole("button", { name: "Show values" }).click();
    await expect(tree).toContainText('"API_TOKEN=••••••"');
    await expect(tree).not.toContainText(SECRET);
    // The browser's own session, on the API: reads yes, mutations 403, nothing happens to the container.
    const inspect = await page.request.get(`${team.base}/api/containers/${name}/inspect`);
    expect(inspect.status()).toBe(200);
    expect(await inspect.text()).not.toContain(SECRET);
    const stop = await page.request.post(`${team.base}/api/containers/${name}/stop`, { headers: { Origin: team.base } });
    expect(stop.status()).toBe(403);
    expect((await stop.json()).error.message).toMatch(/needs the operator role, and vic is a viewer/);
    expect(containerState(name)).toBe("running");
    await context.close();

    const ops = await ssoSignIn(browser, "olli");
    const logs = await ops.page.request.get(`${team.base}/api/containers/${name}/logs?tail=1`);
    expect(logs.status()).toBe(200);
    const remove = await ops.page.request.delete(`${team.base}/api/containers/${name}`, { headers: { Origin: team.base } });
    expect(remove.status()).toBe(403);
    expect((await auditRows("verb=login&actor=olli"))[0]).toMatchObject({ role: "operator", outcome: "ok" });
    await ops.context.close();
  });

  test("the role is the provider's groups again at each sign-in; a disabled account stays refused", async ({ browser }) => {
    provider.accounts.get("vic")!.groups = ["staff", "sre"];
    const again = await ssoSignIn(browser, "vic");
    expect((await again.page.request.get(`${team.base}/api/containers/${name}/logs?tail=1`)).status()).toBe(200);
    const rows = await auditRows("verb=login&actor=vic");
    expect(rows[0]).toMatchObject({ role: "operator", outcome: "ok", detail: expect.stringMatching(/^source oidc \(127\.0\.0\.1:\d+\)$/) });
    await again.context.close();

    // An admin disables the account (in the store, as the Users page would): the provider's yes does not open it.
    const db = new Database(path.join(team.dataDir, "berth.sqlite"));
    try {
      db.prepare("UPDATE users SET disabled = 1 WHERE name = 'vic'").run();
    } finally {
      db.close();
    }
    const context = await browser.newContext(STRANGER);
    const page = await context.newPage();
    await throughProvider(page, "vic", "/containers");
    await expect(page.getByRole("heading", { name: "Sign-in refused" })).toBeVisible();
    await expect(page.getByRole("alert")).toContainText("This Berth account is disabled");
    expect((await context.cookies(team.base)).find((c) => c.name === "berth_session")).toBeUndefined();
    expect((await auditRows("verb=login-failed&actor=vic"))[0]).toMatchObject({ outcome: "refused", status: 403, detail: expect.stringContaining("source oidc") });
    await context.close();
  });

  // FIXME: the provider sends the browser back by a redirect, and Playwright's page.route does not see redirect hops,
  // so holdCallback never fires. Hold the callback another way (e.g. a redirect URI on a small forwarding server).
  test.fixme("a tampered state is refused with a page in words, no session, an audit row, and a log line without secrets", async ({ browser }) => {
    const context = await browser.newContext(STRANGER);
    const page = await context.newPage();
    // The provider's answer is held back, then sent with its state changed (the browser still holds the pending cookie).
    const held = holdCallback(page);
    await throughProvider(page, "ada", "/images");
    const url = new URL(await held);
    url.searchParams.set("state", `${url.searchParams.get("state")}x`);
    expect((await page.goto(url.href))?.status()).toBe(400);
    await expect(page.getByRole("heading", { name: "Sign-in refused" })).toBeVisible();
    await expect(page.getByRole("alert")).toContainText("state mismatch");
    expect((await context.cookies(team.base)).find((c) => c.name === "berth_session")).toBeUndefined();
    expect((await page.request.get(`${team.base}/api/containers`)).status()).toBe(401);
    const failed = (await auditRows("verb=login-failed"))[0]!;
    expect(failed).toMatchObject({ outcome: "refused", status: 400 });
    expect(failed.detail).toMatch(/^source oidc .*state/);

    // The same answer again (a replay, without the cookie it used up): refused too.
    const replay = await page.goto(`${team.base}/login/oidc/callback?code=x&state=y`);
    expect(replay?.status()).toBe(400);
    await expect(page.getByRole("alert")).toContainText("expired or was started in another browser");

    expect(serverLog()).toMatch(/single sign-on refused: .*"state"/);
    await context.close();
  });

  // FIXME: the provider sends the browser back by a redirect, and Playwright's page.route does not see redirect hops,
  // so holdCallback never fires. Hold the callback another way (e.g. a redirect URI on a small forwarding server).
  test.fixme("a provider that stops answering gives a page in words, not a 500; the client secret is never logged", async ({ browser }) => {
    const context = await browser.newContext(STRANGER);
    const page = await context.newPage();
    // Back at Berth with a good code — and the provider gone before Berth can redeem it.
    const held = holdCallback(page);
    await throughProvider(page, "ada", "/");
    const url = await held;
    await provider.stop();
    expect((await page.goto(url))?.status()).toBe(502);
    await expect(page.getByRole("alert")).toContainText("The sign-in provider did not answer");
    expect((await context.cookies(team.base)).find((c) => c.name === "berth_session")).toBeUndefined();
    await context.close();

    const log = serverLog();
    expect(log).toContain('single sign-on: "Sign in with Test IdP"');
    expect(log).not.toContain(provider.clientSecret);
    const exported = await (await fetch(`${team.base}/api/audit/export`, { headers: team.accounts.admin.headers })).text();
    expect(exported).not.toContain(provider.clientSecret);
  });
});
