import { describe, expect, it } from "vitest";
import { readConfig } from "@/lib/server/config";
import { ApiError } from "@/lib/shared/errors";
import { checkHost, checkOrigin, checkRequest, hostName, isSameOriginOnlyPath, pathReadings } from "./request-policy";

const config = readConfig({ PORT: "3000", HOST: "127.0.0.1", BERTH_ALLOWED_HOSTS: "berth.lan, Dash.Example" });
const HOST = "127.0.0.1:3000";

describe("hostName", () => {
  it("strips ports, keeps IPv6 brackets", () => {
    expect(hostName("LocalHost:3000")).toBe("localhost");
    expect(hostName("[::1]:3000")).toBe("[::1]");
    expect(hostName("127.0.0.1")).toBe("127.0.0.1");
  });
});

describe("checkHost (DNS rebinding)", () => {
  it("allows this server's own names and the configured extra ones", () => {
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "berth.lan:3000", "dash.example"]) {
      expect(checkHost({ headers: { host } }, config)).toBeNull();
    }
  });
  it("refuses any other name with 421, saying what was refused", () => {
    const refusal = checkHost({ method: "GET", url: "/api/health?x=1", headers: { host: "evil.example:3000" } }, config);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ status: 421, code: "misdirected_request" });
    expect(refusal?.message).toContain("GET /api/health");
    expect(refusal?.message).toContain('"evil.example:3000"');
    expect(refusal?.message).not.toContain("x=1");
    expect(checkHost({ headers: {} }, config)).toMatchObject({ status: 421 });
  });
  it("allows the bound host", () => {
    const c = readConfig({ HOST: "192.168.1.5" });
    expect(checkHost({ headers: { host: "192.168.1.5:3000" } }, c)).toBeNull();
    expect(readConfig({ HOST: "0.0.0.0" }).allowedHosts).not.toContain("0.0.0.0");
  });
});

describe("which paths are same-origin only", () => {
  // Expected by hand: everything that reaches the API, the live channel or a Next endpoint that is not
  // static build output, however it is spelled.
  const PATHS: [string, boolean][] = [
    ["/api", true],
    ["/api/", true],
    ["/api/containers", true],
    ["/api/images/sha256%3Aabc/save?names=x", true],
    ["/api/containers/web/export", true],
    ["/API/health", true],
    ["/%61pi/health", true],
    ["/%2561pi/health", true],
    ["//api/health", true],
    ["/x/../api/health", true],
    ["/_next/static/%2e%2e/%2e%2e/api/health", true],
    ["/_next/static/..%2f..%2fapi/health", true],
    ["/foo%3F/../api/health", true],
    ["/\\api/health", true],
    ["http://127.0.0.1:3000/api/health", true],
    ["/socket.io/?EIO=4&transport=polling", true],
    ["/socket.io", true],
    ["/_next/image?url=%2Fapi%2Fimages%2Fx%2Fsave&w=64&q=75", true],
    ["/_next/data/build/x.json", true],
    ["/%E0%A4%A", true], // cannot be decoded: treated as the strictest case
    ["/", false],
    ["/containers/web", false],
    ["/containers/web?tab=logs", false],
    ["/images", false],
    ["/apis", false],
    ["/api-docs", false],
    ["/_next/static/chunks/app.js", false],
    ["/_next/static/css/x.css?v=1", false],
    ["/favicon.ico", false],
  ];
  it.each(PATHS)("%s → %s", (path, expected) => {
    expect(isSameOriginOnlyPath(path)).toBe(expected);
  });
  it("reads the path every way a router could", () => {
    expect(pathReadings("//API//x/./y/../z?q")).toEqual(["/api/x/z"]);
    expect(pathReadings("/a%2F..%2Fapi")).toEqual(["/a%2f..%2fapi", "/api"]);
    expect(pathReadings("/%E0%A4%A")).toBeUndefined();
    expect(pathReadings("*")).toBeUndefined();
  });
});

describe("checkRequest: every method × Sec-Fetch-Site × Origin × path", () => {
  const METHODS: [string, boolean][] = [
    ["GET", true],
    ["HEAD", true],
    ["OPTIONS", true],
    ["get", true],
    ["POST", false],
    ["PUT", false],
    ["PATCH", false],
    ["DELETE", false],
    ["PROPFIND", false], // an unknown verb is not safe
    [undefined as unknown as string, true],
  ];
  // [header value or undefined, does it show the request comes from Berth's own page or no browser]
  const SITES: [string | undefined, boolean][] = [
    [undefined, true],
    ["same-origin", true],
    ["none", true],
    ["same-site", false], // another port of localhost: same site, other origin
    ["cross-site", false],
    ["Cross-Site", false],
    ["bogus", false],
  ];
  const ORIGINS: [string | undefined, boolean][] = [
    [undefined, true],
    [`http://${HOST}`, true],
    [`https://${HOST}`, true], // Berth behind a TLS proxy that keeps the Host header
    [`HTTP://${HOST}`, true],
    ["http://127.0.0.1:4000", false],
    ["http://127.0.0.1", false],
    ["http://localhost:3000", false], // the same server under another name is another origin
    ["http://evil.example", false],
    ["null", false],
    ["not a url", false],
    [`http://${HOST}/`, false],
    [`http://${HOST}, http://evil.example`, false],
    [`file://${HOST}`, false],
    [`ws://${HOST}`, false],
  ];
  const PATHS: [string, boolean][] = [
    ["/api/containers", true],
    ["/api/images/sha256%3Aabc/save", true],
    ["/api/containers/web/archive?path=/etc", true],
    ["/socket.io/?EIO=4&transport=websocket", true],
    ["/_next/image?url=%2Fapi%2Fx", true],
    ["/%61pi/containers", true],
    ["/", false],
    ["/containers/web", false],
    ["/_next/static/chunks/app.js", false],
  ];

  for (const [path, sameOriginOnly] of PATHS) {
    it(path, () => {
      const wrong: string[] = [];
      let refusals = 0;
      for (const [method, safe] of METHODS) {
        for (const [site, siteOk] of SITES) {
          for (const [origin, originOk] of ORIGINS) {
            const headers: Record<string, string> = { host: HOST };
            if (site !== undefined) headers["sec-fetch-site"] = site;
            if (origin !== undefined) headers.origin = origin;
            const refusal = checkRequest({ method, url: path, headers }, config);
            const mustRefuse = (sameOriginOnly || !safe) && !(siteOk && originOk);
            const label = `${method} site=${site} origin=${origin}`;
            if (!!refusal !== mustRefuse) wrong.push(`${label}: ${refusal ? "refused" : "allowed"}`);
            if (refusal) {
              refusals++;
              if (refusal.status !== 403 || refusal.code !== "cross_origin") wrong.push(`${label}: ${refusal.status} ${refusal.code}`);
              // It names what was refused (method and path, no query) and why (the header that gave it away).
              const pathname = new URL(path, "http://x").pathname;
              if (!refusal.message.includes(`${(method ?? "GET").toUpperCase()} ${pathname}`)) wrong.push(`${label}: message "${refusal.message}"`);
              if (!refusal.message.includes(siteOk ? `"${origin}"` : `Sec-Fetch-Site: ${site!.toLowerCase()}`)) {
                wrong.push(`${label}: message does not say why: "${refusal.message}"`);
              }
            }
            // The route wrapper and the socket.io handshake: same-origin only whatever the path.
            const strict = checkRequest({ method, url: path, headers }, config, { sameOriginOnly: true });
            if (!!strict !== !(siteOk && originOk)) wrong.push(`${label} (sameOriginOnly): ${strict ? "refused" : "allowed"}`);
          }
        }
      }
      expect(wrong).toEqual([]);
      expect(refusals).toBeGreaterThan(0);
    });
  }

  it("checks Host first, on every path and method", () => {
    for (const [path] of PATHS) {
      for (const [method] of METHODS) {
        const headers = { host: "rebind.attacker.example", origin: "http://rebind.attacker.example", "sec-fetch-site": "same-origin" };
        expect(checkRequest({ method, url: path, headers }, config)).toMatchObject({ status: 421, code: "misdirected_request" });
      }
    }
  });

  it("reads Fetch API Headers as well as Node's header object", () => {
    const own = new Headers({ host: HOST, origin: `http://${HOST}`, "sec-fetch-site": "same-origin" });
    expect(checkRequest({ method: "GET", url: "/api/containers", headers: own }, config)).toBeNull();
    const sameSite = new Headers({ host: HOST, origin: "http://127.0.0.1:4000", "sec-fetch-site": "same-site" });
    expect(checkRequest({ method: "GET", url: "/api/containers", headers: sameSite }, config)).toMatchObject({ status: 403 });
  });

  it("says a same-site refusal is about another port or subdomain", () => {
    const refusal = checkOrigin({ method: "GET", url: "/api/images/x/save", headers: { host: HOST, "sec-fetch-site": "same-site" } });
    expect(refusal?.message).toMatch(/^Refused GET \/api\/images\/x\/save: .*another port/);
  });
});
