import { expect, test, type APIRequestContext } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { containerState, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { describeEvents, engineEventsBetween } from "./support/engine-events";
import { basicAuth, bearerChallenge, redirectTo, startLocalServer, v2Json, type LocalServer } from "./support/fake-registry";
import { imageId } from "./support/images";
import { addRegistryByApi, forgetRegistry, listRegistries, openRegistry } from "./support/registries";
import { sleep } from "./support/wait";

// A registry is someone else's server: its redirects, token realms and links must not aim Berth's own HTTP
// client at another port, at Berth's API, or at loopback, and a login goes to a token server only over
// https or on the registry's own origin. Every "registry" here is a real server on 127.0.0.1 started by the
// test, so what each one was asked — and with which Authorization — is known.

test.describe.configure({ mode: "serial" });

const BERTH_PORT = Number(new URL(baseURL).port);
const SETTLE_MS = 1000;

async function apiError(request: APIRequestContext, url: string, init?: { post?: unknown }) {
  const res = init?.post === undefined ? await request.get(url) : await request.post(url, { data: init.post });
  return { status: res.status(), error: ((await res.json()) as { error?: { code: string; message: string; fields?: Record<string, string> } }).error };
}

test.describe("where Berth's registry client goes", () => {
  const suffix = uniqueName("d").slice(2);
  const servers: LocalServer[] = [];
  const added: string[] = [];
  const start = async (handler: Parameters<typeof startLocalServer>[0]) => {
    const s = await startLocalServer(handler);
    servers.push(s);
    return s;
  };
  const add = async (request: APIRequestContext, server: LocalServer, name: string) => {
    added.push(server.host);
    return addRegistryByApi(request, server.host, `${name} ${suffix}`);
  };

  test.afterAll(async ({ request }) => {
    for (const address of added) await forgetRegistry(request, address);
    await Promise.all(servers.map((s) => s.close()));
  });

  test("a redirect within the registry is followed; one to another port is refused and that port is never asked", async ({ page, request }) => {
    // What a catalog on another port would answer, were Berth to follow the registry there.
    const elsewhere = await start((_req, res) => v2Json(res, 200, { repositories: ["stolen/secret"] }));
    const moving = await start((_req, res, url) => {
      if (url.pathname === "/v2/") return v2Json(res, 200, {});
      if (url.pathname === "/v2/_catalog") return redirectTo(res, `/v2/moved/_catalog${url.search}`);
      if (url.pathname === "/v2/moved/_catalog") return v2Json(res, 200, { repositories: [`moved/app-${suffix}`] });
      v2Json(res, 404, { errors: [{ code: "NAME_UNKNOWN" }] });
    });
    const leaving = await start((_req, res, url) => {
      if (url.pathname === "/v2/") return v2Json(res, 200, {});
      // The catalog and every tag list point at the other port.
      redirectTo(res, `${elsewhere.origin}${url.pathname}${url.search}`, 302);
    });

    await add(request, moving, "Moving");
    await openRegistry(page, `Moving ${suffix}`);
    await expect(page.getByRole("navigation", { name: "Repositories" }).getByRole("button", { name: `moved/app-${suffix}`, exact: true })).toBeVisible();
    expect(moving.requests.map((r) => r.url)).toEqual(expect.arrayContaining(["/v2/_catalog?n=100", "/v2/moved/_catalog?n=100"]));

    const reg = await add(request, leaving, "Leaving");
    await openRegistry(page, `Leaving ${suffix}`);
    const alert = page.getByRole("region", { name: `Registry Leaving ${suffix}` }).getByRole("alert");
    await expect(alert).toContainText("Refused by Berth");
    await expect(alert).toContainText(
      `${leaving.host} redirected ${leaving.origin}/v2/_catalog to ${elsewhere.origin}/v2/_catalog: refused, Berth follows redirects only within the registry's own origin (${leaving.origin})`,
    );
    await expect(page.getByRole("button", { name: "stolen/secret" })).toHaveCount(0);

    const catalog = await apiError(request, `/api/registries/${reg.id}/catalog`);
    expect(catalog.status).toBe(502);
    expect(catalog.error).toMatchObject({ code: "registry_address_refused" });
    const tags = await apiError(request, `/api/registries/${reg.id}/tags?repository=stolen/secret`);
    expect(tags).toMatchObject({ status: 502, error: { code: "registry_address_refused", message: expect.stringContaining(`to ${elsewhere.origin}/v2/stolen/secret/tags/list: refused`) } });

    expect(leaving.requests.map((r) => r.url)).toEqual(expect.arrayContaining(["/v2/_catalog?n=100", "/v2/stolen/secret/tags/list"]));
    expect(elsewhere.requests, "the port the registry redirected to").toEqual([]);
  });

  test("a redirect, a token realm or a catalog link aimed at Berth's own API is refused, and the engine does nothing", { tag: "@alone" }, async ({ page, request }) => {
    const container = uniqueName("ssrf");
    const containerId = runSleeper(container);
    try {
      const save = `${baseURL}/api/images/${encodeURIComponent(imageId(FIXTURE_IMAGE))}/save`;
      const exportUrl = `${baseURL}/api/containers/${containerId}/export`;
      const redirecting = await start((_req, res, url) => {
        if (url.pathname === "/v2/") return v2Json(res, 200, {});
        redirectTo(res, url.pathname === "/v2/_catalog" ? save : exportUrl, 302);
      });
      const realmAtBerth = await start((_req, res, url) => (url.pathname === "/v2/" ? v2Json(res, 200, {}) : bearerChallenge(res, exportUrl)));
      const linkToBerth = await start((_req, res) => v2Json(res, 200, { repositories: ["a"] }, { Link: `<${save}?last=a>; rel="next"` }));
      const regs = {
        redirecting: await add(request, redirecting, "To Berth"),
        realm: await add(request, realmAtBerth, "Realm at Berth"),
        link: await add(request, linkToBerth, "Link to Berth"),
      };

      const since = Date.now();
      const refusals = [
        await apiError(request, `/api/registries/${regs.redirecting.id}/catalog`),
        await apiError(request, `/api/registries/${regs.redirecting.id}/tags?repository=e2e/app`),
        await apiError(request, `/api/registries/${regs.realm.id}/catalog`),
        await apiError(request, `/api/registries/${regs.link.id}/catalog`),
      ];
      await openRegistry(page, `To Berth ${suffix}`);
      const alert = page.getByRole("region", { name: `Registry To Berth ${suffix}` }).getByRole("alert");
      await expect(alert).toContainText("Refused by Berth");
      await expect(alert).toContainText(`to ${baseURL}/api/images/`);
      await expect(alert).toContainText(`refused, that is Berth itself (port ${BERTH_PORT})`);
      await sleep(SETTLE_MS);
      const events = engineEventsBetween(since, Date.now());

      expect(refusals.map((r) => r.status)).toEqual([502, 502, 502, 502]);
      expect(refusals.map((r) => r.error?.code)).toEqual(Array(4).fill("registry_address_refused"));
      expect(refusals[0]?.error?.message).toMatch(`redirected ${redirecting.origin}/v2/_catalog to ${baseURL}/api/images/`);
      expect(refusals[0]?.error?.message).toMatch(`refused, that is Berth itself (port ${BERTH_PORT})`);
      expect(refusals[1]?.error?.message).toBe(
        `${redirecting.host} redirected ${redirecting.origin}/v2/e2e/app/tags/list to ${baseURL}/api/containers/${containerId}/export: refused, that is Berth itself (port ${BERTH_PORT})`,
      );
      expect(refusals[2]?.error?.message).toBe(
        `${realmAtBerth.host} names its token server at ${baseURL}/api/containers/${containerId}/export: Berth does not ask it for a token, that is Berth itself (port ${BERTH_PORT})`,
      );
      expect(refusals[3]?.error?.message).toMatch(`links its next catalog page to ${baseURL}/api/images/`);
      // The sandbox engine has no background activity: any event would be Berth doing what a registry asked.
      expect(describeEvents(events), "engine events while the registries pointed at Berth").toEqual([]);
      expect(containerState(container)).toBe("running");

      // The control: the same export, asked for directly, is engine work the engine records.
      const direct = Date.now();
      expect((await request.get(exportUrl)).status()).toBe(200);
      await sleep(SETTLE_MS);
      expect(describeEvents(engineEventsBetween(direct, Date.now()))).toContain(`container export ${container}`);
    } finally {
      removeQuietly(container);
    }
  });

  test("Berth's own port and every name of it are refused when added", async ({ page, request }) => {
    for (const address of [`127.0.0.1:${BERTH_PORT}`, `localhost:${BERTH_PORT}`, `[::1]:${BERTH_PORT}`, `127.0.0.2:${BERTH_PORT}`]) {
      const res = await apiError(request, "/api/registries", { post: { address } });
      expect(res.status, address).toBe(400);
      expect(res.error?.fields?.address, address).toMatch(`that is Berth itself (port ${BERTH_PORT})`);
    }
    expect((await listRegistries(request)).map((r) => r.address)).not.toContain(`127.0.0.1:${BERTH_PORT}`);

    await page.goto("/registries");
    const form = page.getByRole("form", { name: "Add a registry" });
    await form.getByRole("textbox", { name: "Address (host[:port])" }).fill(`localhost:${BERTH_PORT}`);
    await form.getByRole("button", { name: "+ Add registry" }).click();
    await expect(form.getByRole("textbox", { name: "Address (host[:port])" })).toHaveAccessibleDescription(
      `localhost:${BERTH_PORT} is not a registry: that is Berth itself (port ${BERTH_PORT})`,
    );
    expect((await listRegistries(request)).map((r) => r.address)).not.toContain(`localhost:${BERTH_PORT}`);
  });

  test("a token realm on another port over http is asked only anonymously: the login never reaches it", async ({ page, request }) => {
    const user = "realm-user";
    const password = `pw-${suffix}-secret`;
    // The token server on another port, over plain http, hands out anonymous (pull) tokens to anyone.
    const realm = await start((_req, res) => v2Json(res, 200, { token: `tkn-${suffix}` }));
    // `/v2/` checks the password itself (Basic), so the engine's login check passes without the realm; the
    // catalog wants a token from the realm.
    const registry = await start((req, res, url) => {
      if (url.pathname === "/v2/") {
        if (req.headers.authorization === basicAuth(user, password)) return v2Json(res, 200, {});
        return v2Json(res, 401, { errors: [{ code: "UNAUTHORIZED" }] }, { "WWW-Authenticate": 'Basic realm="fake-registry"' });
      }
      if (req.headers.authorization === `Bearer tkn-${suffix}`) return v2Json(res, 200, { repositories: [`realm/app-${suffix}`] });
      bearerChallenge(res, `${realm.origin}/token`);
    });
    const reg = await add(request, registry, "Realm");

    // Without a login: the realm is asked anonymously (no secret travels), its token goes to the registry only.
    await openRegistry(page, `Realm ${suffix}`);
    const repos = page.getByRole("navigation", { name: "Repositories" });
    await expect(repos.getByRole("button", { name: `realm/app-${suffix}`, exact: true })).toBeVisible();
    expect(realm.requests[0]?.url).toBe("/token?service=fake-registry&scope=registry%3Acatalog%3A*");
    expect(registry.requests.some((r) => r.url === "/v2/_catalog?n=100" && r.authorization === `Bearer tkn-${suffix}`)).toBe(true);

    // With a login: the engine checks it against the registry; Berth then refuses to send it to the realm.
    const pane = page.getByRole("region", { name: `Registry Realm ${suffix}` });
    await pane.getByRole("button", { name: "Log in…" }).first().click();
    const dialog = page.getByRole("dialog", { name: `Log in to Realm ${suffix}` });
    await dialog.getByRole("textbox", { name: "User name" }).fill(user);
    await dialog.getByLabel("Password or access token").fill(password);
    await dialog.getByRole("button", { name: "Log in" }).click();
    await expect(dialog).toBeHidden();
    await expect(pane.getByRole("status").filter({ hasText: "Logged in as" })).toHaveText(`Logged in as ${user}`);
    expect(registry.requests.some((r) => r.url === "/v2/" && r.authorization === basicAuth(user, password)), "the engine's login check").toBe(true);

    const alert = pane.getByRole("alert");
    await expect(alert).toContainText("Refused by Berth");
    await expect(alert).toContainText(
      `${registry.host} names its token server at ${realm.origin}, another origin over plain http: Berth does not send the login of ${user} there`,
    );
    await expect(alert).not.toContainText(password);
    const refusal = await apiError(request, `/api/registries/${reg.id}/catalog`);
    expect(refusal).toMatchObject({ status: 502, error: { code: "registry_address_refused" } });
    expect(JSON.stringify(refusal)).not.toContain(password);
    await expect(repos.getByRole("button", { name: `realm/app-${suffix}`, exact: true })).toHaveCount(0);

    // What the token server on the other port received: never an Authorization header.
    expect(realm.requests.length).toBeGreaterThan(0);
    expect(realm.requests.filter((r) => r.authorization !== undefined)).toEqual([]);
    // Logged out again, browsing is anonymous and works.
    await pane.getByRole("button", { name: "Log out" }).click();
    await expect(repos.getByRole("button", { name: `realm/app-${suffix}`, exact: true })).toBeVisible();
    expect(realm.requests.filter((r) => r.authorization !== undefined)).toEqual([]);
  });

  test("a login for a registry whose /v2/ names a plain-http token server elsewhere is refused before the engine sends it there", async ({ page, request }) => {
    const realm = await start((_req, res) => v2Json(res, 200, { token: "t" }));
    const registry = await start((_req, res) => bearerChallenge(res, `${realm.origin}/token`, ""));
    const reg = await add(request, registry, "Leaky");
    const password = `pw-${suffix}-never-sent`;

    await openRegistry(page, `Leaky ${suffix}`);
    const pane = page.getByRole("region", { name: `Registry Leaky ${suffix}` });
    // Anonymously the realm's token is not enough: the registry wants a login.
    await expect(pane.getByRole("alert")).toContainText(`${registry.host} needs a login`);
    await pane.getByRole("button", { name: "Log in…" }).first().click();
    const dialog = page.getByRole("dialog", { name: `Log in to Leaky ${suffix}` });
    await dialog.getByRole("textbox", { name: "User name" }).fill("leaky-user");
    await dialog.getByLabel("Password or access token").fill(password);
    await dialog.getByRole("button", { name: "Log in" }).click();
    await expect(dialog.getByRole("alert")).toContainText(
      `${registry.host} names its token server at ${realm.origin}, another origin over plain http: Berth does not send the login of leaky-user there`,
    );
    await expect(dialog.getByRole("alert")).not.toContainText(password);

    const res = await apiError(request, `/api/registries/${reg.id}/login`, { post: { username: "leaky-user", password } });
    expect(res).toMatchObject({ status: 502, error: { code: "registry_address_refused" } });
    expect((await listRegistries(request)).find((r) => r.id === reg.id)?.loggedInAs).toBeUndefined();
    // Berth read the challenge anonymously and refused; the engine was never asked, so neither sent the login.
    expect(realm.requests.filter((r) => r.authorization !== undefined), "what the token server received").toEqual([]);
    // The registry itself saw only the anonymous token, never the login.
    expect(registry.requests.filter((r) => r.authorization !== undefined && r.authorization !== "Bearer t")).toEqual([]);
  });
});
