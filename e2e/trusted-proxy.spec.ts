import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { rawRequest } from "./support/raw-http";
import { startTeamBerth, type TeamBerth } from "./support/team";

// Berth behind a reverse proxy (BERTH_TRUSTED_PROXY): a real forwarding proxy on 127.0.0.1 that reaches Berth from
// 127.0.0.2 and says, as nginx would, who the client was and that it spoke https. Berth believes those headers from
// that peer only: the audit log records the client's address, the session cookie is Secure; the same headers sent
// straight from 127.0.0.1 change nothing.

const PORT = Number(process.env.BERTH_E2E_PORT ?? 3111) + 13;
const PUBLIC = "https://berth.example.test";
const CLIENT = "203.0.113.7";
const FORGED = "198.51.100.9";

let team: TeamBerth;
let proxy: http.Server;
let proxyBase: string;

test.beforeAll(async () => {
  team = await startTeamBerth(PORT, { BERTH_TRUSTED_PROXY: "127.0.0.2", BERTH_PUBLIC_URL: PUBLIC });
  proxy = http.createServer((req, res) => {
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: PORT,
        localAddress: "127.0.0.2",
        method: req.method,
        path: req.url,
        headers: { ...req.headers, "x-forwarded-for": CLIENT, "x-forwarded-proto": "https", "x-forwarded-host": new URL(PUBLIC).host },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  proxyBase = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  proxy?.close();
  team?.stop();
  await team?.exited;
  team?.cleanup();
});

const signIn = (base: string, password: string, extra: { headers?: Record<string, string> } = {}) =>
  rawRequest(`${base}/login`, {
    method: "POST",
    auth: false,
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: PUBLIC, ...extra.headers },
    body: new URLSearchParams({ name: team.accounts.operator.name, password, next: "/" }).toString(),
  });

async function newestLogins() {
  const res = await rawRequest(`${team.base}/api/audit?verb=login&limit=5`, { headers: team.accounts.admin.headers });
  return JSON.parse(res.body).rows as { actor: string; address: string; outcome: string }[];
}

async function newestFailures() {
  const res = await rawRequest(`${team.base}/api/audit?verb=login-failed&limit=5`, { headers: team.accounts.admin.headers });
  return JSON.parse(res.body).rows as { actor: string; address: string; outcome: string }[];
}

test("through the trusted proxy: the client's address is audited and the session cookie is Secure", async () => {
  const res = await signIn(proxyBase, team.accounts.operator.password);
  expect(res.status).toBe(303);
  const cookie = String(res.headers["set-cookie"] ?? "");
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/;\s*Secure/i);
  const [row] = await newestLogins();
  expect(row).toMatchObject({ actor: team.accounts.operator.name, address: CLIENT, outcome: "ok" });
});

test("straight from an untrusted peer: forwarded headers are ignored, and a foreign public origin is refused", async () => {
  const res = await signIn(team.base, "wrong-password-1", { headers: { "X-Forwarded-For": FORGED, "X-Forwarded-Proto": "https" } });
  expect(res.status).toBe(401);
  const [row] = await newestFailures();
  expect(row).toMatchObject({ actor: team.accounts.operator.name, address: "127.0.0.1", outcome: "refused" });
  const ok = await signIn(team.base, team.accounts.operator.password);
  expect(ok.status).toBe(303);
  // Plain http from a direct peer: no Secure flag, or the browser would never send the cookie back.
  expect(String(ok.headers["set-cookie"] ?? "")).not.toMatch(/;\s*Secure/i);
  // The public origin is Berth's own; any other site is still cross-site.
  const foreign = await signIn(team.base, team.accounts.operator.password, { headers: { Origin: "https://evil.example" } });
  expect(foreign.status).toBe(403);
});
