import { statSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { dockerCli, FIXTURE_IMAGE, uniqueName } from "./support/docker-cli";
import { imageExists, imageId, pushFreshImage, REGISTRY, removeImagesQuietly } from "./support/images";
import {
  addRegistryByApi,
  AUTH_PASSWORD,
  AUTH_REGISTRY,
  AUTH_USER,
  forgetRegistry,
  listRegistries,
  openRegistry,
  rememberedLoginRow,
  secretsKeyFile,
  storeBytes,
  registryTags,
  sandboxOutput,
} from "./support/registries";

test.describe.configure({ mode: "serial" });

test.describe("the registries screen", () => {
  const suffix = uniqueName("t").slice(2);
  const repo = `e2e-reg/app-${suffix}`;
  const pulled = `${REGISTRY}/${repo}:${suffix}`;
  const second = `${REGISTRY}/e2e-reg/second-${suffix}:1`;
  const authRepo = `e2e-auth/pushed-${suffix}`;
  const authPushed = `${AUTH_REGISTRY}/${authRepo}:${suffix}`;
  const localName = `Local ${suffix}`;

  test.beforeAll(async ({ request }) => {
    expect(AUTH_PASSWORD, "the harness exports the login registry's password").not.toBe("");
    pushFreshImage(pulled, suffix);
    dockerCli("tag", FIXTURE_IMAGE, second);
    dockerCli("push", second);
    await forgetRegistry(request, REGISTRY);
    await forgetRegistry(request, AUTH_REGISTRY);
  });
  test.afterAll(async ({ request }) => {
    removeImagesQuietly(pulled, second, authPushed);
    await forgetRegistry(request, REGISTRY);
    await forgetRegistry(request, AUTH_REGISTRY);
  });

  test("adds the local registry, lists a pushed repository and its tags, and pulls a tag", async ({ page }) => {
    await page.goto("/registries");
    const form = page.getByRole("form", { name: "Add a registry" });
    // The reference parser's host rules, before anything is sent.
    await form.getByRole("textbox", { name: "Address (host[:port])" }).fill("myhost");
    await form.getByRole("button", { name: "+ Add registry" }).click();
    await expect(form.getByRole("textbox", { name: "Address (host[:port])" })).toHaveAccessibleDescription(/needs a "\."/);

    await form.getByRole("textbox", { name: "Address (host[:port])" }).fill(REGISTRY);
    await form.getByRole("textbox", { name: "Name (optional)" }).fill(localName);
    await form.getByRole("button", { name: "+ Add registry" }).click();
    await expect(page.getByRole("heading", { level: 1, name: localName })).toBeVisible();

    const repos = page.getByRole("navigation", { name: "Repositories" });
    await repos.getByRole("button", { name: repo, exact: true }).click();
    const tags = page.getByRole("region", { name: `Tags of ${repo}` });
    await expect(tags.getByRole("listitem", { name: suffix })).toBeVisible();

    expect(imageExists(pulled)).toBe(false);
    await tags.getByRole("button", { name: `Pull ${pulled}` }).click();
    await expect(tags.getByRole("listitem", { name: suffix }).getByRole("status")).toHaveText("Pulled");
    expect(imageExists(pulled)).toBe(true);
    // The pull ran as a task: the task centre keeps it.
    await page.getByRole("button", { name: "Tasks" }).click();
    await expect(page.getByRole("region", { name: "Task centre" }).getByRole("listitem", { name: `pull ${pulled}` })).toContainText("Done");

    // The list survives a reload (the URL names the registry).
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: localName })).toBeVisible();
  });

  test("pages through the catalog with n and last", async ({ request }) => {
    const local = (await listRegistries(request)).find((r) => r.address === REGISTRY)!;
    const seen: string[] = [];
    let last: string | undefined;
    for (let i = 0; i < 200; i++) {
      const res = await request.get(`/api/registries/${local.id}/catalog?n=1${last ? `&last=${encodeURIComponent(last)}` : ""}`);
      expect(res.status()).toBe(200);
      const page = (await res.json()) as { repositories: string[]; next?: string };
      expect(page.repositories.length).toBeLessThanOrEqual(1);
      seen.push(...page.repositories);
      if (!page.next) break;
      last = page.next;
    }
    expect(seen).toEqual(expect.arrayContaining([repo, `e2e-reg/second-${suffix}`]));
    expect(new Set(seen).size).toBe(seen.length);
  });

  test("a registry that wants a login: 401 first, a wrong password keeps nothing, the right one lets Berth in and push", async ({ page, request }) => {
    const auth = await addRegistryByApi(request, AUTH_REGISTRY, `Login ${suffix}`);
    await openRegistry(page, `Login ${suffix}`);
    const pane = page.getByRole("region", { name: `Registry Login ${suffix}` });
    await expect(pane.getByRole("alert")).toContainText(`${AUTH_REGISTRY} needs a login`);
    expect((await request.get(`/api/registries/${auth.id}/catalog`)).status()).toBe(401);

    // Wrong password: the engine refuses, the dialog says so, Berth keeps nothing.
    await pane.getByRole("button", { name: "Log in…" }).first().click();
    const dialog = page.getByRole("dialog", { name: `Log in to Login ${suffix}` });
    await dialog.getByRole("textbox", { name: "User name" }).fill(AUTH_USER);
    await dialog.getByLabel("Password or access token").fill(`wrong-${AUTH_PASSWORD}`);
    await dialog.getByRole("checkbox", { name: /Remember/ }).check();
    await dialog.getByRole("button", { name: "Log in" }).click();
    await expect(dialog.getByRole("alert")).toContainText(/Login refused: .*401/);
    await expect(dialog.getByRole("alert")).not.toContainText(AUTH_PASSWORD);
    expect((await listRegistries(request)).find((r) => r.id === auth.id)?.loggedInAs).toBeUndefined();
    expect(rememberedLoginRow(AUTH_REGISTRY)).toBeUndefined();

    // Right password, remembered: "Logged in as", a row in the store sealed under a 0600 key, and the catalog opens.
    await dialog.getByLabel("Password or access token").fill(AUTH_PASSWORD);
    await dialog.getByRole("button", { name: "Log in" }).click();
    await expect(dialog).toBeHidden();
    await expect(pane.getByRole("status").filter({ hasText: "Logged in as" })).toHaveText(`Logged in as ${AUTH_USER} (remembered)`);
    expect(statSync(secretsKeyFile()).mode & 0o777).toBe(0o600);
    expect(rememberedLoginRow(AUTH_REGISTRY)?.username).toBe(AUTH_USER);
    expect(rememberedLoginRow(AUTH_REGISTRY)?.secret.includes(AUTH_PASSWORD)).toBe(false);
    expect(storeBytes().includes(AUTH_PASSWORD)).toBe(false);
    expect((await request.get(`/api/registries/${auth.id}/catalog`)).status()).toBe(200);

    // Push from Berth's push dialog: the engine gets the login as X-Registry-Auth.
    dockerCli("tag", FIXTURE_IMAGE, authPushed);
    await page.goto(`/images/${encodeURIComponent(imageId(authPushed))}`);
    await page.getByRole("button", { name: "Push", exact: true }).click();
    const push = page.getByRole("dialog", { name: "Push image" });
    await push.getByRole("combobox", { name: "Tag to push" }).selectOption(authPushed);
    await expect(push).toContainText(`Pushed to ${AUTH_REGISTRY} as ${AUTH_USER}.`);
    await push.getByRole("button", { name: "Push", exact: true }).click();
    await expect(push.getByRole("group", { name: `Push of ${authPushed}` })).toContainText(`Pushed ${authPushed}`);
    expect(await registryTags(AUTH_REGISTRY, authRepo, { user: AUTH_USER, password: AUTH_PASSWORD })).toContain(suffix);

    // Berth's catalog of the login registry shows what was pushed.
    await openRegistry(page, `Login ${suffix}`);
    await page.getByRole("navigation", { name: "Repositories" }).getByRole("button", { name: authRepo, exact: true }).click();
    await expect(page.getByRole("region", { name: `Tags of ${authRepo}` }).getByRole("listitem", { name: suffix })).toBeVisible();

    // The password never comes back from the API.
    for (const url of ["/api/registries", `/api/registries/${auth.id}`]) {
      const text = await (await request.get(url)).text();
      expect(text).toContain(AUTH_USER);
      expect(text).not.toContain(AUTH_PASSWORD);
    }

    // Log out: forgotten in memory and on disk.
    await page.getByRole("region", { name: `Registry Login ${suffix}` }).getByRole("button", { name: "Log out" }).click();
    await expect(page.getByRole("region", { name: `Registry Login ${suffix}` }).getByRole("button", { name: "Log in…" }).first()).toBeVisible();
    expect(rememberedLoginRow(AUTH_REGISTRY)).toBeUndefined();
    expect((await request.get(`/api/registries/${auth.id}/catalog`)).status()).toBe(401);
  });

  test("the server never logged the password", () => {
    const output = sandboxOutput();
    // The capture works: Berth's start-up line is in it.
    expect(output).toContain("[berth] dashboard on");
    expect(output).not.toContain(AUTH_PASSWORD);
    expect(output).not.toContain(Buffer.from(`${AUTH_USER}:${AUTH_PASSWORD}`).toString("base64"));
  });

  test("Docker Hub search says clearly that Hub is not reachable from the engine", async ({ page, request }) => {
    await openRegistry(page, "Docker Hub");
    await page.getByRole("searchbox", { name: "Search Docker Hub" }).fill("busybox");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    const alert = page.getByRole("region", { name: "Registry Docker Hub" }).getByRole("alert");
    await expect(alert).toContainText("Docker Hub is not reachable");
    await expect(alert).toContainText("Docker Hub is not reachable from the engine:");

    const res = await request.get("/api/registries/search?term=busybox");
    expect(res.status()).toBe(502);
    expect((await res.json()).error).toMatchObject({ code: "hub_unreachable" });
  });

  test("bad input is a 400 naming the field", async ({ request }) => {
    const bad = await request.post("/api/registries", { data: { address: "not a host" } });
    expect(bad.status()).toBe(400);
    const body = (await bad.json()) as { error: { code: string; fields?: Record<string, string> } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.fields?.address).toMatch(/registry host\[:port\]/);
    expect((await request.post("/api/registries", { data: { address: "http://127.0.0.1:5000" } })).status()).toBe(400);
    expect((await request.post("/api/registries", { data: { address: "docker.io" } })).status()).toBe(400);
    expect((await request.get("/api/registries/hub/catalog")).status()).toBe(400);
    expect((await request.get("/api/registries/nope/catalog")).status()).toBe(400);
    expect((await request.get("/api/registries/0123456789ab/catalog")).status()).toBe(404);
    expect((await request.post("/api/registries/hub/login", { data: { username: "", password: "" } })).status()).toBe(400);
    expect((await request.get("/api/registries/search?term=")).status()).toBe(400);
  });
});
