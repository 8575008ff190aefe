import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { io } from "socket.io-client";
import { baseURL } from "../playwright.config";
import { containerState, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { rawRequest } from "./support/raw-http";
import { authHeaders } from "./support/auth";

// The Docker socket is root on the host: a page on another origin must not drive Berth.

test.describe("safe by default", () => {
  const name = uniqueName("sec");
  test.beforeAll(() => runSleeper(name));
  test.afterAll(() => removeQuietly(name));

  test("a cross-origin POST is refused with 403 and the engine is untouched", async () => {
    const port = new URL(baseURL).port;
    const res = await rawRequest(`${baseURL}/api/containers/${name}/stop`, {
      method: "POST",
      headers: { Host: `127.0.0.1:${port}`, Origin: "http://evil.example", "Content-Type": "application/json" },
      body: "{}",
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.body).error.code).toBe("cross_origin");
    const fetchSite = await rawRequest(`${baseURL}/api/containers/${name}`, {
      method: "DELETE",
      headers: { Host: `127.0.0.1:${port}`, "Sec-Fetch-Site": "cross-site" },
    });
    expect(fetchSite.status).toBe(403);
    expect(containerState(name)).toBe("running");
  });

  test("a page on another origin cannot stop a container from a real browser", async ({ page }) => {
    const target = `${baseURL}/api/containers/${name}/stop`;
    const evil = http.createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end(`<!doctype html><title>evil</title><script>
        fetch(${JSON.stringify(target)}, { method: "POST", mode: "no-cors", body: "{}" })
          .finally(() => { document.title = "sent"; });
      </script>`);
    });
    await new Promise<void>((r) => evil.listen(0, "127.0.0.1", r));
    try {
      // localhost vs 127.0.0.1: another origin, as a rebinding or phishing page would be.
      await page.goto(`http://localhost:${(evil.address() as AddressInfo).port}/`);
      await expect(page).toHaveTitle("sent");
      expect(containerState(name)).toBe("running");
    } finally {
      evil.close();
    }
  });

  test("a foreign Host header is refused with 421 (DNS rebinding)", async () => {
    for (const path of ["/", "/api/health", "/api/containers?all=1"]) {
      const res = await rawRequest(`${baseURL}${path}`, { headers: { Host: "rebind.attacker.example" } });
      expect(res.status).toBe(421);
      expect(JSON.parse(res.body).error.code).toBe("misdirected_request");
    }
    const ok = await rawRequest(`${baseURL}/api/health`, { headers: { Host: `localhost:${new URL(baseURL).port}` } });
    expect(ok.status).toBe(200);
  });

  test("the socket.io handshake checks Origin", async () => {
    const connect = (origin: string) =>
      new Promise<string>((resolve) => {
        const socket = io(baseURL, { transports: ["websocket"], extraHeaders: { Origin: origin, ...authHeaders() }, reconnection: false, timeout: 5000 });
        socket.on("connect", () => {
          socket.close();
          resolve("connected");
        });
        socket.on("connect_error", () => {
          socket.close();
          resolve("refused");
        });
      });
    expect(await connect("http://evil.example")).toBe("refused");
    // Another port of the same host: same site, other origin.
    expect(await connect(`http://127.0.0.1:${Number(new URL(baseURL).port) + 1}`)).toBe("refused");
    expect(await connect(baseURL)).toBe("connected");
  });

  test("pages carry a CSP with a per-response script nonce", async ({ page }) => {
    const res = await page.goto("/");
    const csp = res?.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    const scriptNonces = await page.locator("script[nonce]").count();
    expect(scriptNonces).toBeGreaterThan(0);
    const again = await page.request.get("/");
    expect(again.headers()["content-security-policy"]).not.toContain(nonce);
  });
});
