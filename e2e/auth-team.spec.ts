import { spawn } from "node:child_process";
import { expect, test, type Browser } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { apiRouteFiles, fillPattern } from "./support/api-routes";
import { ROUTE_ACCESS } from "../lib/shared/auth/access-table";
import { allContainerNames, inspectFull } from "./support/config";
import { containerExists, containerState, dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { rawRequest } from "./support/raw-http";
import { liveSocket } from "./support/server-process";
import { startTeamBerth, type TeamAccount, type TeamBerth } from "./support/team";

// Team mode: accounts with roles, checked on the server from the access table. A viewer reads (env values masked)
// and is refused every mutation, the terminal and downloads; an operator runs the lifecycle but cannot create or
// recreate anything that reaches into the host (Binds or Mounts, privileged, host namespaces); an admin can.
// Sign-in is rate-limited; signing out ends the session.

const PORT = Number(new URL(baseURL).port) + 11;
const STRANGER = { storageState: { cookies: [], origins: [] } };
const SECRET = "hunter2-team-secret";

let team: TeamBerth;

async function signIn(browser: Browser, account: TeamAccount, next = "/containers") {
  const context = await browser.newContext(STRANGER);
  const page = await context.newPage();
  await page.goto(`${team.base}${next}`);
  await expect(page).toHaveURL(`${team.base}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${team.base}${next}`);
  return { context, page };
}

const api = (account: TeamAccount | null, path: string, init: { method?: string; body?: unknown } = {}) =>
  rawRequest(`${team.base}${path}`, {
    method: init.method ?? "GET",
    ...(account ? { headers: { ...account.headers, "Content-Type": "application/json" } } : { auth: false }),
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });

test.describe("team mode", () => {
  const name = uniqueName("team");
  const hostBound = uniqueName("team-bind");
  const created: string[] = [];

  test.beforeAll(async () => {
    runSleeper(name, ["-e", `API_TOKEN=${SECRET}`]);
    // Made by an admin at the shell: a host path through Binds (`-v`).
    dockerCli("create", "--name", hostBound, "-v", "/etc:/host-etc:ro", FIXTURE_IMAGE, "true");
    team = await startTeamBerth(PORT);
  });
  test.afterAll(async () => {
    team?.stop();
    await team?.exited;
    team?.cleanup();
    removeQuietly(name, hostBound, ...created);
  });

  test("nobody gets in without a session: pages go to sign-in, the API and socket answer 401", async ({ browser }) => {
    const context = await browser.newContext(STRANGER);
    const page = await context.newPage();
    await page.goto(`${team.base}/images`);
    await expect(page).toHaveURL(`${team.base}/login?next=%2Fimages`);
    await expect(page.getByRole("heading", { name: "Sign in to Berth" })).toBeVisible();
    const res = await api(null, "/api/containers");
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: "unauthorized" } });
    // The local key means nothing here.
    expect((await rawRequest(`${team.base}/api/containers`)).status).toBe(401);
    await expect(liveSocket(team.base, { Origin: team.base })).rejects.toThrow();
    await context.close();
  });

  test("a viewer sees containers with env values masked, and is refused mutations, the terminal and downloads", async ({ browser }) => {
    const { context, page } = await signIn(browser, team.accounts.viewer);
    await expect(page.getByRole("complementary").getByText(name, { exact: true })).toBeVisible();
    const cookies = await context.cookies(team.base);
    expect(cookies.find((c) => c.name === "berth_session")).toMatchObject({ httpOnly: true, sameSite: "Strict" });

    await page.goto(`${team.base}/containers/${name}?tab=inspect`);
    const tree = page.getByRole("region", { name: "Container details" }).getByRole("group", { name: "Inspect JSON" });
    await expect(tree).toContainText('"API_TOKEN=');
    await page.getByRole("region", { name: "Container details" }).getByRole("button", { name: "Show values" }).click();
    await expect(tree).toContainText('"API_TOKEN=••••••"');
    await expect(tree).not.toContainText(SECRET);

    const viewer = team.accounts.viewer;
    for (const path of [`/api/containers/${name}`, `/api/containers/${name}/inspect`, `/api/containers/${name}/recreate`]) {
      const res = await api(viewer, path);
      expect(res.status, path).toBe(200);
      expect(res.body, path).toContain("API_TOKEN");
      expect(res.body, path).not.toContain(SECRET);
    }
    // Operators see the values (the browser masks them until asked).
    expect((await api(team.accounts.operator, `/api/containers/${name}/inspect`)).body).toContain(SECRET);

    for (const [method, path] of [
      ["POST", `/api/containers/${name}/stop`],
      ["DELETE", `/api/containers/${name}`],
      ["PATCH", `/api/containers/${name}`],
      ["POST", "/api/containers"],
      ["GET", `/api/containers/${name}/logs`],
      ["GET", `/api/containers/${name}/export`],
      ["GET", `/api/containers/${name}/archive?path=/etc/hostname`],
      ["GET", "/api/events/export"],
      ["POST", "/api/volumes"],
    ] as const) {
      const res = await api(viewer, path, { method, body: method === "GET" ? undefined : {} });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(JSON.parse(res.body), `${method} ${path}`).toMatchObject({ error: { code: "forbidden" } });
    }
    expect(containerState(name)).toBe("running");

    // The terminal: refused on the socket, whatever the page shows.
    const socket = await liveSocket(team.base, { Origin: team.base, ...viewer.headers });
    try {
      const answer = await new Promise((resolve) =>
        socket.emit("exec:open", { sessionId: "v1", container: name, mode: "exec", cmd: ["sh"], cols: 80, rows: 24 }, resolve),
      );
      expect(answer).toMatchObject({ ok: false, code: "forbidden" });
      const stats = await new Promise((resolve) => socket.emit("stats:watch", { container: name }, resolve));
      expect(stats).toMatchObject({ ok: true });
    } finally {
      socket.close();
    }
    expect(dockerCli("top", name)).not.toMatch(/\bsh -i\b/);
    await context.close();
  });

  test("an operator runs the lifecycle but cannot create or recreate into the host, through Mounts or Binds", { tag: "@alone" }, async () => {
    const operator = team.accounts.operator;
    const stop = await api(operator, `/api/containers/${name}/stop`, { method: "POST" });
    expect(stop.status).toBe(200);
    expect(containerState(name)).toBe("exited");
    expect((await api(operator, `/api/containers/${name}/start`, { method: "POST" })).status).toBe(200);
    expect(containerState(name)).toBe("running");
    expect((await api(operator, `/api/containers/${name}`, { method: "DELETE" })).status).toBe(403);
    expect(containerExists(name)).toBe(true);

    const before = allContainerNames();
    const asks: [string, Record<string, unknown>, RegExp][] = [
      ["privileged", { privileged: true }, /privileged mode/],
      ["a host path (Mounts)", { mounts: [{ type: "bind", source: "/etc", target: "/host-etc", readOnly: true }] }, /the host path \/etc \(Mounts\)/],
      ["the host network", { network: { mode: "host" } }, /the host's network/],
    ];
    for (const [what, extra, message] of asks) {
      const n = uniqueName("team-op");
      const res = await api(operator, "/api/containers", { method: "POST", body: { image: FIXTURE_IMAGE, name: n, ...extra } });
      expect(res.status, what).toBe(403);
      expect(JSON.parse(res.body).error.message, what).toMatch(message);
      expect(containerExists(n), what).toBe(false);
    }
    expect(allContainerNames()).toEqual(before);

    // A container with a host path through Binds (made with `docker create -v`): an operator's recreate is refused, nothing changes.
    const id = inspectFull(hostBound).Id;
    const recreate = await api(operator, `/api/containers/${hostBound}/recreate`, { method: "POST", body: { command: "echo hi", confirm: true } });
    expect(recreate.status).toBe(403);
    expect(JSON.parse(recreate.body).error.message).toMatch(/the host path \/etc \(Binds\)/);
    expect(inspectFull(hostBound).Id).toBe(id);
    expect(allContainerNames()).toEqual(before);

    // Without any of that, an operator may create.
    const plain = uniqueName("team-op-ok");
    const ok = await api(operator, "/api/containers", { method: "POST", body: { image: FIXTURE_IMAGE, name: plain, mounts: [{ type: "volume", source: `${plain}-v`, target: "/data" }] } });
    created.push(plain);
    expect(ok.status).toBe(201);
    expect(containerExists(plain)).toBe(true);
    dockerCli("rm", "-f", plain);
    dockerCli("volume", "rm", "-f", `${plain}-v`);
  });

  test("an admin may create privileged and host-mount containers", async () => {
    const n = uniqueName("team-admin");
    created.push(n);
    const res = await api(team.accounts.admin, "/api/containers", {
      method: "POST",
      body: { image: FIXTURE_IMAGE, name: n, privileged: true, mounts: [{ type: "bind", source: "/etc", target: "/host-etc", readOnly: true }] },
    });
    expect(res.status).toBe(201);
    const inspect = inspectFull(n);
    expect(inspect.HostConfig.Privileged).toBe(true);
    expect(inspect.HostConfig.Mounts).toEqual([expect.objectContaining({ Type: "bind", Source: "/etc", Target: "/host-etc" })]);
  });

  test("every mutation leaves one audit row; terminals and sign-ins too; /audit shows it live, admins only", async ({ browser }) => {
    const { viewer, operator, admin } = team.accounts;
    const newest = async () => JSON.parse((await api(admin, "/api/audit?limit=1")).body).rows[0]?.id ?? 0;
    const rowsAfter = async (id: number, filter = "") =>
      (JSON.parse((await api(admin, `/api/audit?limit=500${filter}`)).body).rows as { id: number; actor: string; verb: string; resource: string; outcome: string; status: number }[]).filter((r) => r.id > id);

    // Every mutating method of every route file (from the code), sent by a viewer: each refused, each one row.
    const start = await newest();
    const sent: string[] = [];
    for (const route of apiRouteFiles()) {
      // `self` routes act on the caller's own account (its API tokens): a viewer may.
      for (const method of route.methods.filter((m) => !["GET", "HEAD", "OPTIONS"].includes(m) && ROUTE_ACCESS[`${m} ${route.pattern}`] !== "self")) {
        const path = fillPattern(route.pattern, (p) => (p === "action" ? "stop" : name));
        expect((await api(viewer, path, { method, body: {} })).status, `${method} ${route.pattern}`).toBe(403);
        sent.push(`${method} ${route.pattern}`);
      }
    }
    expect(sent.length).toBeGreaterThan(30);
    const refusedRows = await rowsAfter(start);
    expect(refusedRows.map((r) => r.verb).sort()).toEqual([...sent].sort());
    expect(refusedRows.every((r) => r.actor === viewer.name && r.outcome === "refused" && r.status === 403)).toBe(true);
    // Reads leave none.
    const afterRefused = await newest();
    await api(viewer, "/api/containers");
    await api(viewer, `/api/containers/${name}/inspect`);
    expect(await rowsAfter(afterRefused)).toEqual([]);

    // An operator's stop: one row, ok, naming the container.
    expect((await api(operator, `/api/containers/${name}/restart`, { method: "POST" })).status).toBe(200);
    const restart = await rowsAfter(afterRefused);
    expect(restart).toEqual([expect.objectContaining({ actor: operator.name, verb: "POST /api/containers/[id]/[action]", resource: `/api/containers/${name}/restart`, outcome: "ok", status: 200 })]);

    // A terminal session: its start and its end.
    const beforeTerminal = await newest();
    const socket = await liveSocket(team.base, { Origin: team.base, ...operator.headers });
    try {
      const opened = await new Promise((resolve) => socket.emit("exec:open", { sessionId: "a1", container: name, mode: "exec", cmd: ["sh"], cols: 80, rows: 24 }, resolve));
      expect(opened).toMatchObject({ ok: true });
      await new Promise((resolve) => socket.emit("exec:close", { sessionId: "a1" }, resolve));
    } finally {
      socket.close();
    }
    await expect.poll(async () => (await rowsAfter(beforeTerminal)).map((r) => `${r.actor} ${r.verb} ${r.resource}`).reverse()).toEqual([
      `${operator.name} terminal-start (exec) container ${name}`,
      `${operator.name} terminal-end (exec) container ${name}`,
    ]);

    // The screen: an admin watches rows arrive live, and filters them.
    const { context, page } = await signIn(browser, admin, "/audit");
    const table = page.getByRole("table", { name: "Audit log" });
    await expect(table).toContainText(`terminal-end (exec)`);
    expect((await api(operator, `/api/containers/${name}/restart`, { method: "POST" })).status).toBe(200);
    // No reload: the row arrives by the socket's audit:row push.
    await expect(table.getByRole("row").nth(1)).toContainText(`/api/containers/${name}/restart`);
    await expect(table.getByRole("row").nth(1)).toContainText(operator.name);
    await page.getByRole("textbox", { name: "Who" }).fill(viewer.name);
    await expect(table.getByRole("row").nth(1)).toContainText(viewer.name);
    await expect(table).not.toContainText(operator.name);
    // Signed in: that is in the log too, as is the failed one from before.
    const exported = await page.request.get(`${team.base}/api/audit/export`);
    expect(exported.headers()["content-type"]).toContain("application/x-ndjson");
    const lines = (await exported.text()).trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.some((r) => r.verb === "login" && r.actor === admin.name && r.outcome === "ok")).toBe(true);
    // Nothing secret in it: no password, no token, no env value.
    const text = JSON.stringify(lines);
    for (const account of [viewer, operator, admin]) {
      expect(text).not.toContain(account.password);
      expect(text).not.toContain(account.headers.Authorization!.slice("Bearer ".length));
    }
    expect(text).not.toContain(SECRET);
    await context.close();

    // Not an admin's: the log and the live feed are refused.
    expect((await api(operator, "/api/audit")).status).toBe(403);
    expect((await api(operator, "/api/audit/export")).status).toBe(403);
    const opSocket = await liveSocket(team.base, { Origin: team.base, ...operator.headers });
    try {
      expect(await new Promise((resolve) => opSocket.emit("audit:watch", undefined, resolve))).toMatchObject({ ok: false, code: "forbidden" });
    } finally {
      opSocket.close();
    }
  });

  test("signing out ends the session; the 6th wrong password within a minute is refused even when right", async ({ browser }) => {
    const { context, page } = await signIn(browser, team.accounts.operator);
    const cookie = (await context.cookies(team.base)).find((c) => c.name === "berth_session")!;
    const withCookie = () => rawRequest(`${team.base}/api/containers`, { headers: { Cookie: `berth_session=${cookie.value}` } });
    expect((await withCookie()).status).toBe(200);
    const out = await page.request.post(`${team.base}/logout`, { headers: { Origin: team.base }, maxRedirects: 0 });
    expect(out.status()).toBe(303);
    expect((await withCookie()).status).toBe(401);
    await context.close();

    // Last in this file: the address is blocked for a minute afterwards.
    const admin = team.accounts.admin;
    const form = (password: string) =>
      rawRequest(`${team.base}/login`, {
        method: "POST",
        auth: false,
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: team.base },
        body: new URLSearchParams({ name: admin.name, password, next: "/" }).toString(),
      });
    for (let i = 0; i < 5; i++) expect((await form(`wrong-${i}`)).status).toBe(401);
    const sixth = await form(admin.password);
    expect(sixth.status).toBe(429);
    expect(sixth.headers["set-cookie"]).toBeUndefined();
    expect(sixth.body).toContain("Too many failed sign-ins");
    const failed = JSON.parse((await api(admin, "/api/audit?verb=login-failed&limit=10")).body).rows as { outcome: string; status: number; actor: string }[];
    expect(failed.map((r) => r.status)).toEqual([429, 401, 401, 401, 401, 401]);
    expect(failed.every((r) => r.actor === admin.name && r.outcome === "refused")).toBe(true);
  });

  test("without any account, a one-time setup link printed at start makes the first admin", async ({ browser }) => {
    const dir = `${team.dataDir}-fresh`;
    const port = PORT + 1;
    const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
      env: { ...process.env, BERTH_MODE: "team", BERTH_DATA_DIR: dir, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
      stdio: ["ignore", "pipe", "inherit"],
    });
    try {
      let output = "";
      child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
      await expect.poll(() => /\/login\?setup=\S+/.exec(output)?.[0], { timeout: 60_000 }).toBeTruthy();
      const link = `http://127.0.0.1:${port}${/\/login\?setup=\S+/.exec(output)![0]}`;
      const context = await browser.newContext(STRANGER);
      const page = await context.newPage();
      await page.goto(link);
      await page.getByLabel("Name").fill("first-admin");
      await page.getByLabel(/^Password/).fill("a-long-enough-password");
      await page.getByRole("button", { name: "Create admin and sign in" }).click();
      await expect(page).toHaveURL(`http://127.0.0.1:${port}/`);
      expect((await page.request.get(`http://127.0.0.1:${port}/api/containers`)).status()).toBe(200);
      // One time only.
      const again = await context.newPage();
      await context.clearCookies();
      const res = await again.goto(link);
      expect(res?.status()).toBe(401);
      await expect(again.getByRole("alert")).toContainText("setup link was used already");
      await context.close();
    } finally {
      child.kill("SIGTERM");
    }
  });
});
