import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { io } from "socket.io-client";
import { baseURL } from "../playwright.config";
import { apiRouteFiles, fillPattern } from "./support/api-routes";
import { e2eKey, signInWithKey, STORAGE_STATE } from "./support/auth";
import { containerState, inspectContainer, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { pageUrls } from "./support/pages";
import { rawRequest } from "./support/raw-http";

// Local mode: nobody gets in without the key. Every page, API route and the socket.io handshake — enumerated from
// the code — refuse a stranger; the printed URL turns the key into an HttpOnly, SameSite=Strict cookie and leaves
// the address bar; scripts send it as Bearer; a valid cookie sent by another origin is still refused.

const STRANGER = { storageState: { cookies: [], origins: [] } };

function sessionCookie(): string {
  const state = JSON.parse(readFileSync(STORAGE_STATE, "utf8")) as { cookies: { name: string; value: string }[] };
  return `berth_session=${state.cookies.find((c) => c.name === "berth_session")!.value}`;
}

test.describe("your key", () => {
  const name = uniqueName("key");
  test.beforeAll(() => void runSleeper(name));
  test.afterAll(() => removeQuietly(name));

  test("without the key every page shows the key screen, and none of the engine", async ({ browser }) => {
    const context = await browser.newContext(STRANGER);
    const page = await context.newPage();
    const urls = pageUrls(name);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(401);
      await expect(page.getByRole("heading", { name: "Berth needs its key" }), url).toBeVisible();
      await expect(page.getByText("npm run berth -- url")).toBeVisible();
      await expect(page.getByText(name)).toHaveCount(0);
    }
    await context.close();
  });

  test("without the key every API route answers 401 and the engine is untouched", async () => {
    const before = inspectContainer(name);
    const routes = apiRouteFiles();
    expect(routes.length).toBeGreaterThan(40);
    let asked = 0;
    for (const route of routes) {
      const url = `${baseURL}${fillPattern(route.pattern, (param) => (param === "action" ? "stop" : name))}`;
      for (const method of route.methods) {
        const body = method === "GET" || method === "HEAD" ? undefined : "{}";
        const res = await rawRequest(url, { method, auth: false, headers: body ? { "Content-Type": "application/json" } : {}, body }).catch((err: Error) => {
          throw new Error(`${method} ${url}: ${err.message}`);
        });
        expect(res.status, `${method} ${route.pattern}`).toBe(401);
        if (method !== "HEAD") expect(JSON.parse(res.body), `${method} ${route.pattern}`).toMatchObject({ error: { code: "unauthorized" } });
        asked++;
      }
      // A wrong key is no key.
      const wrong = await rawRequest(url, { method: route.methods[0], headers: { Authorization: "Bearer not-the-key" } });
      expect(wrong.status, `${route.pattern} with a wrong key`).toBe(401);
    }
    expect(asked).toBeGreaterThan(60);
    // Stop, kill, remove, recreate… all were asked for this container: it is the same one, still running.
    expect(containerState(name)).toBe("running");
    expect(inspectContainer(name).Id).toBe(before.Id);
  });

  test("without the key the socket.io handshake is refused, polling and WebSocket alike", async () => {
    const polling = await rawRequest(`${baseURL}/socket.io/?EIO=4&transport=polling`, { auth: false });
    expect(polling.status).toBe(401);
    expect(JSON.parse(polling.body)).toMatchObject({ error: { code: "unauthorized" } });
    const outcome = (headers: Record<string, string>) =>
      new Promise<string>((resolve) => {
        const socket = io(baseURL, { transports: ["websocket"], extraHeaders: headers, reconnection: false, forceNew: true, timeout: 5000 });
        socket.on("connect", () => (socket.close(), resolve("connected")));
        socket.on("connect_error", () => (socket.close(), resolve("refused")));
      });
    expect(await outcome({ Origin: baseURL })).toBe("refused");
    expect(await outcome({ Origin: baseURL, Authorization: "Bearer not-the-key" })).toBe("refused");
    expect(await outcome({ Origin: baseURL, Cookie: "berth_session=forged" })).toBe("refused");
    // The same handshake with the key, and with the browser's cookie, is let in.
    expect(await outcome({ Origin: baseURL, Authorization: `Bearer ${e2eKey()}` })).toBe("connected");
    expect(await outcome({ Origin: baseURL, Cookie: sessionCookie() })).toBe("connected");
  });

  test("the printed URL sets an HttpOnly, SameSite=Strict cookie and leaves the address bar", async ({ browser }) => {
    const context = await browser.newContext(STRANGER);
    const page = await context.newPage();
    await page.goto(`/containers?token=${encodeURIComponent(e2eKey())}&filter=${name}`);
    await expect(page).toHaveURL(`${baseURL}/containers?filter=${name}`);
    expect(page.url()).not.toContain("token");
    await expect(page.getByRole("heading", { name: "Berth needs its key" })).toHaveCount(0);
    await expect(page.getByRole("complementary").getByText(name, { exact: true })).toBeVisible();
    const cookies = await context.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ name: "berth_session", httpOnly: true, sameSite: "Strict", path: "/" });
    expect(cookies[0]!.value).not.toContain(e2eKey());
    // HttpOnly: the page's own scripts (or an injected one) cannot read it.
    expect(await page.evaluate(() => document.cookie)).not.toContain("berth_session");
    await context.close();
  });

  test("the key screen takes a pasted key, and says when it is wrong", async ({ browser }) => {
    const context = await browser.newContext(STRANGER);
    const page = await context.newPage();
    await page.goto("/images");
    await page.getByLabel("Or paste the key").fill("not-the-key");
    await page.getByRole("button", { name: "Open Berth" }).click();
    await expect(page.getByRole("alert")).toHaveText("That is not this Berth's key.");
    expect((await context.cookies()).length).toBe(0);
    await page.getByLabel("Or paste the key").fill(e2eKey());
    await page.getByRole("button", { name: "Open Berth" }).click();
    await expect(page).toHaveURL(`${baseURL}/images`);
    await expect(page.getByRole("heading", { name: "Berth needs its key" })).toHaveCount(0);
    await context.close();
  });

  test("scripts send the key as Bearer", async () => {
    const res = await rawRequest(`${baseURL}/api/containers/${name}`, { headers: { Authorization: `Bearer ${e2eKey()}` } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body).container.id).toBe(inspectContainer(name).Id);
    const signIn = await signInWithKey(baseURL);
    expect(signIn.status).toBe(303);
    expect(signIn.location).toBe("/");
    expect(signIn.setCookie[0]).toMatch(/^berth_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
  });

  test("a valid session cookie sent by another origin is refused", async () => {
    const cookie = sessionCookie();
    const same = await rawRequest(`${baseURL}/api/containers/${name}`, { headers: { Cookie: cookie } });
    expect(same.status).toBe(200);
    for (const headers of <Record<string, string>[]>[
      { Origin: "http://127.0.0.1:1" },
      { Origin: "http://evil.example" },
      { "Sec-Fetch-Site": "same-site" },
      { "Sec-Fetch-Site": "cross-site" },
    ]) {
      const stop = await rawRequest(`${baseURL}/api/containers/${name}/stop`, { method: "POST", headers: { Cookie: cookie, ...headers } });
      expect(stop.status, JSON.stringify(headers)).toBe(403);
      expect(JSON.parse(stop.body)).toMatchObject({ error: { code: "cross_origin" } });
      const read = await rawRequest(`${baseURL}/api/containers/${name}`, { headers: { Cookie: cookie, ...headers } });
      expect(read.status, JSON.stringify(headers)).toBe(403);
    }
    expect(containerState(name)).toBe("running");
  });

  test("`npm run berth -- url` prints the URL with the key", async () => {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", "scripts/berth.ts", "url"], { env: { ...process.env, PORT: "3999" } });
      let text = "";
      child.stdout.on("data", (c: Buffer) => (text += c.toString()));
      child.on("exit", (code) => (code === 0 ? resolve(text) : reject(new Error(`exit ${code}`))));
    });
    expect(out.trim()).toBe(`http://127.0.0.1:3999/?token=${e2eKey()}`);
  });

  test("a non-loopback HOST without team mode does not start, and says how to turn team mode on", async () => {
    const run = (env: Record<string, string>) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], { env: { ...process.env, PORT: "0", NODE_ENV: "production", ...env } });
        let stderr = "";
        child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
        child.on("exit", (code) => resolve({ code, stderr }));
      });
    const open = await run({ HOST: "0.0.0.0" });
    expect(open.code).toBe(2);
    expect(open.stderr).toContain("refusing to listen on HOST=0.0.0.0");
    expect(open.stderr).toContain("BERTH_MODE=team");
    const off = await run({ HOST: "0.0.0.0", BERTH_MODE: "team", BERTH_AUTH: "off" });
    expect(off.code).toBe(2);
    expect(off.stderr).toContain("BERTH_AUTH=off is only allowed on a loopback address");
  });
});
