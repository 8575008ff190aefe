import Database from "better-sqlite3";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { containerState, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { HELD_ANSWER_TITLE, startTestProvider, type TestProvider } from "./support/oidc-provider";
import { rawRequest } from "./support/raw-http";
import { startTeamBerth, type TeamBerth } from "./support/team";

// Single sign-on against a real OpenID Connect provider (oidc-provider, run here on 127.0.0.1): Chromium clicks
// "Sign in with …" on Berth's sign-in page, signs in on the provider's own form, and comes back signed in with the
// role its groups map to — checked on the server (an admin reaches the admin-only audit log, a viewer's mutation is
// 403 and its env values masked). The state, nonce and PKCE checks are the library's; a tampered state is refused
// with a page in words, a provider that stops answering too, and every attempt leaves an audit row (source oidc).
// Signing out of Berth ends the provider's session too (RP-initiated logout). Where a test needs the provider's
// answer before Berth sees it, the provider holds it (holdNextAnswer): Playwright's page.route never sees the later
// hops of a redirect chain, and that answer is the last hop of the provider's consent form's.

const PORT = Number(new URL(baseURL).port) + 21;
const PROVIDER_PORT = PORT + 1;
/** A second Berth, started while the provider is down (the first one's discovery is cached once it succeeded). */
const FRESH_PORT = PORT + 2;
const STRANGER = { storageState: { cookies: [], origins: [] } };
const SECRET = "hunter2-oidc-secret";
const LABEL = "Test IdP";

let provider: TestProvider;
let team: TeamBerth;
let logDir: string;
const serverLog = (file = "berth.log") => readFileSync(path.join(logDir, file), "utf8");
/** One of Berth's cookies this browser would send to the callback (the pending sign-in's path is /login/oidc). */
const berthCookie = async (context: BrowserContext, name: string) => (await context.cookies(`${team.base}/login/oidc/callback`)).find((c) => c.name === name);

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

async function ssoSignIn(browser: Browser, login: string, next = "/containers") {
  const context = await browser.newContext(STRANGER);
  const page = await context.newPage();
  await throughProvider(page, login, next);
  await expect(page).toHaveURL(`${team.base}${next}`);
  return { context, page };
}

const auditRows = async (query: string, berth: TeamBerth = team) => {
  const res = await fetch(`${berth.base}/api/audit?limit=50&${query}`, { headers: berth.accounts.admin.headers });
  return (await res.json()).rows as { actor: string; role: string | null; verb: string; outcome: string; status: number | null; detail: string | null }[];
};

test.describe("single sign-on (OpenID Connect)", () => {
  const name = uniqueName("oidc");

  const oidcEnv = () => ({
    BERTH_OIDC_ISSUER: provider.issuer,
    BERTH_OIDC_CLIENT_ID: provider.clientId,
    BERTH_OIDC_CLIENT_SECRET: provider.clientSecret,
    BERTH_OIDC_NAME: LABEL,
    BERTH_OIDC_SCOPES: "openid profile email groups",
    BERTH_OIDC_ADMIN_VALUES: "berth-admins",
    BERTH_OIDC_OPERATOR_VALUES: "berth-ops,sre",
  });

  test.beforeAll(async () => {
    runSleeper(name, ["-e", `API_TOKEN=${SECRET}`]);
    provider = await startTestProvider(PROVIDER_PORT, {
      redirectUris: [PORT, FRESH_PORT].map((port) => `http://127.0.0.1:${port}/login/oidc/callback`),
      postLogoutRedirectUri: `http://127.0.0.1:${PORT}/login`,
      accounts: {
        ada: { name: "Ada Admin", email: "ada@example.test", groups: ["staff", "berth-admins"] },
        olli: { name: "Olli Ops", email: "olli@example.test", groups: ["berth-ops"] },
        vic: { name: "Vic Viewer", email: "vic@example.test", groups: ["staff"] },
      },
    });
    logDir = mkdtempSync(path.join(tmpdir(), "berth-oidc-log-"));
    team = await startTeamBerth(PORT, oidcEnv(), { logFile: path.join(logDir, "berth.log") });
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

  test("a tampered state is refused with a page in words, no session, an audit row, and a log line without secrets", async ({ browser }) => {
    const context = await browser.newContext(STRANGER);
    const page = await context.newPage();
    // A real sign-in at the provider; its answer (code and state for Berth's callback) held back at the provider.
    const held = provider.holdNextAnswer();
    await throughProvider(page, "ada", "/images");
    await expect(page).toHaveTitle(HELD_ANSWER_TITLE);
    const answer = new URL(await held);
    const code = answer.searchParams.get("code")!;
    const state = answer.searchParams.get("state")!;
    expect(code).toBeTruthy();
    expect(state).toBeTruthy();
    const pending = (await berthCookie(context, "berth_oidc"))!;
    expect(pending).toBeDefined();
    const failedBefore = (await auditRows("verb=login-failed")).length;

    // Berth's callback, in this browser (its pending cookie sent), with the state changed.
    const tampered = new URL(answer);
    tampered.searchParams.set("state", `${state.slice(0, -1)}${state.endsWith("A") ? "B" : "A"}`);
    expect((await page.goto(tampered.href))?.status()).toBe(400);
    await expect(page.getByRole("heading", { name: "Sign-in refused" })).toBeVisible();
    await expect(page.getByRole("alert")).toContainText("does not belong to the sign-in this browser started (state mismatch)");
    await expect(page.getByRole("link", { name: "Start the sign-in again" })).toHaveAttribute("href", "/login/oidc?next=%2Fimages");
    expect(await berthCookie(context, "berth_session")).toBeUndefined();
    expect(await berthCookie(context, "berth_oidc")).toBeUndefined();
    expect((await page.request.get(`${team.base}/api/containers`)).status()).toBe(401);
    const failed = await auditRows("verb=login-failed");
    expect(failed).toHaveLength(failedBefore + 1);
    expect(failed[0]).toMatchObject({ actor: "(oidc)", verb: "login-failed", outcome: "refused", status: 400 });
    expect(failed[0]!.detail).toMatch(/^source oidc \(127\.0\.0\.1:\d+\): .*"state"/);
    for (const secret of [code, state, provider.clientSecret]) expect(failed[0]!.detail).not.toContain(secret);
    const line = serverLog()
      .split("\n")
      .filter((l) => l.includes("single sign-on refused:"));
    expect(line).toHaveLength(1);
    expect(line[0]).toMatch(/"state"/);
    for (const secret of [code, state, tampered.searchParams.get("state")!, pending.value, provider.clientSecret]) expect(serverLog()).not.toContain(secret);

    // The provider's real answer again, now that this browser's pending sign-in is used up: refused without a call out.
    expect((await page.goto(answer.href))?.status()).toBe(400);
    await expect(page.getByRole("alert")).toContainText("expired or was started in another browser");
    expect(await berthCookie(context, "berth_session")).toBeUndefined();
    await context.close();

    // With the pending cookie replayed (as someone who copied it would): the untouched answer still signs in once —
    // the tampered try redeemed nothing — and the same answer a second time is refused (the code is used up).
    const withPending = () => rawRequest(answer.href, { headers: { Cookie: `berth_oidc=${pending.value}` } });
    const once = await withPending();
    expect(once.status).toBe(200);
    expect(String(once.headers["set-cookie"])).toContain("berth_session=");
    const twice = await withPending();
    expect(twice.status).toBe(400);
    expect(twice.headers["set-cookie"]?.join(" ") ?? "").not.toContain("berth_session=");
    expect(twice.body).toContain("already used or has expired");
    expect((await auditRows("verb=login-failed"))[0]).toMatchObject({ actor: "(oidc)", outcome: "refused", status: 400, detail: expect.stringContaining("invalid_grant") });
    expect(serverLog()).not.toContain(code);
  });

  test("a provider that stops answering gives a page in words, not a 500; the client secret is never logged", async ({ browser }) => {
    // 1. Down before this Berth ever reached it: the provider's metadata (discovery) cannot be read at the start.
    await provider.stop();
    const fresh = await startTeamBerth(FRESH_PORT, oidcEnv(), { logFile: path.join(logDir, "fresh.log") });
    try {
      const context = await browser.newContext(STRANGER);
      const page = await context.newPage();
      await page.goto(`${fresh.base}/containers`);
      const started = page.waitForResponse((r) => r.url().startsWith(`${fresh.base}/login/oidc?`));
      await page.getByRole("link", { name: `Sign in with ${LABEL}`, exact: true }).click();
      expect((await started).status()).toBe(502);
      await expect(page.getByRole("heading", { name: "Could not reach the sign-in provider" })).toBeVisible();
      await expect(page.getByRole("alert")).toContainText("The sign-in provider did not answer. Try again in a moment");
      expect((await context.cookies(fresh.base)).map((c) => c.name)).not.toContain("berth_oidc");
      expect((await auditRows("verb=login-failed", fresh))[0]).toMatchObject({ actor: "(oidc)", outcome: "failed", status: 502, detail: expect.stringMatching(/^source oidc \(127\.0\.0\.1:\d+\): could not start/) });

      // The provider is back: the failure was not kept, the same link now reaches its sign-in form.
      await provider.restart();
      await page.getByRole("link", { name: "Start the sign-in again" }).click();
      await expect(page.getByPlaceholder("Enter any login")).toBeVisible();
      await context.close();
    } finally {
      fresh.stop();
      await fresh.exited;
      fresh.cleanup();
    }
    const freshLog = serverLog("fresh.log");
    expect(freshLog).toContain("single sign-on could not start:");
    expect(freshLog).not.toContain(provider.clientSecret);

    // 2. Gone between the authorization and the callback: Berth cannot redeem the code at the token endpoint.
    const context = await browser.newContext(STRANGER);
    const page = await context.newPage();
    const held = provider.holdNextAnswer();
    await throughProvider(page, "ada", "/");
    const answer = new URL(await held);
    await provider.stop();
    try {
      expect((await page.goto(answer.href))?.status()).toBe(502);
      await expect(page.getByRole("heading", { name: "Could not reach the sign-in provider" })).toBeVisible();
      await expect(page.getByRole("alert")).toContainText("The sign-in provider did not answer. Try again in a moment");
      expect(await berthCookie(context, "berth_session")).toBeUndefined();
      expect((await auditRows("verb=login-failed"))[0]).toMatchObject({ actor: "(oidc)", outcome: "failed", status: 502 });
    } finally {
      await provider.restart();
    }
    await context.close();

    const log = serverLog();
    expect(log).toContain('single sign-on: "Sign in with Test IdP"');
    expect(log).toMatch(/single sign-on refused: fetch failed/);
    expect(log).not.toContain(provider.clientSecret);
    expect(log).not.toContain(answer.searchParams.get("code")!);
    const exported = await (await fetch(`${team.base}/api/audit/export`, { headers: team.accounts.admin.headers })).text();
    expect(exported).not.toContain(provider.clientSecret);
  });

  test("signing out after a single sign-on ends the provider's session too, and the Berth session on the server", async ({ browser }) => {
    const { context, page } = await ssoSignIn(browser, "olli");
    const session = (await berthCookie(context, "berth_session"))!.value;
    const withOldCookie = () => rawRequest(`${team.base}/api/containers`, { headers: { Cookie: `berth_session=${session}` } });
    expect((await withOldCookie()).status).toBe(200);
    // The provider's own session, which would let the next "Sign in with …" walk straight back in.
    expect((await context.cookies(provider.issuer)).map((c) => c.name)).toContain("_session");
    // The ID token stays on the server: no cookie of Berth's carries it.
    for (const c of await context.cookies(team.base)) expect(c.value).not.toMatch(/^eyJ/);

    await page.getByRole("link", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign out of Berth?" })).toBeVisible();
    await expect(page.getByText(`then sends you to ${LABEL} to sign out there too`)).toBeVisible();
    await page.getByRole("form", { name: "Sign out" }).getByRole("button", { name: "Sign out" }).click();
    // The provider's end-session page (its own confirmation), reached with the ID token as hint.
    await expect(page).toHaveURL(new RegExp(`^${provider.issuer}/session/end\\?`));
    const hint = new URL(page.url()).searchParams;
    expect(hint.get("id_token_hint")).toMatch(/^eyJ/);
    expect(hint.get("post_logout_redirect_uri")).toBe(`${team.base}/login`);
    // Berth's session ended already, on the server.
    expect((await withOldCookie()).status).toBe(401);
    await page.getByRole("button", { name: "Yes, sign me out" }).click();
    await expect(page).toHaveURL(`${team.base}/login`);
    await expect(page.getByRole("link", { name: `Sign in with ${LABEL}`, exact: true })).toBeVisible();
    expect((await context.cookies(provider.issuer)).map((c) => c.name)).not.toContain("_session");

    // The next sign-in at the provider asks who you are again.
    await page.getByRole("link", { name: `Sign in with ${LABEL}`, exact: true }).click();
    await expect(page.getByPlaceholder("Enter any login")).toBeVisible();
    expect((await withOldCookie()).status).toBe(401);
    const logout = (await auditRows("verb=logout&actor=olli"))[0]!;
    expect(logout).toMatchObject({ actor: "olli", role: "operator", verb: "logout", outcome: "ok" });
    expect(logout.detail).toMatch(/^source oidc \(127\.0\.0\.1:\d+\): sent to the provider's sign-out too$/);
    expect(serverLog()).not.toContain(hint.get("id_token_hint")!);
    await context.close();
  });
});
