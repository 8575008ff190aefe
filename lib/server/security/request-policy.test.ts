import { describe, expect, it } from "vitest";
import { readConfig } from "@/lib/server/config";
import { checkHost, checkOrigin, checkRequest, hostName } from "./request-policy";

const config = readConfig({ PORT: "3000", HOST: "127.0.0.1", BERTH_ALLOWED_HOSTS: "berth.lan, Dash.Example" });

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
      expect(checkHost({ host }, config)).toEqual({ ok: true });
    }
  });
  it("refuses any other name with 421", () => {
    expect(checkHost({ host: "evil.example:3000" }, config)).toMatchObject({ ok: false, status: 421 });
    expect(checkHost({}, config)).toMatchObject({ ok: false, status: 421 });
  });
  it("allows the bound host", () => {
    const c = readConfig({ HOST: "192.168.1.5" });
    expect(checkHost({ host: "192.168.1.5:3000" }, c).ok).toBe(true);
    expect(readConfig({ HOST: "0.0.0.0" }).allowedHosts).not.toContain("0.0.0.0");
  });
});

describe("checkOrigin (CSRF)", () => {
  it("allows same-origin and origin-less requests", () => {
    expect(checkOrigin({ host: "localhost:3000", origin: "http://localhost:3000" }).ok).toBe(true);
    expect(checkOrigin({ host: "localhost:3000" }).ok).toBe(true);
    expect(checkOrigin(new Headers({ host: "localhost:3000", origin: "http://localhost:3000" })).ok).toBe(true);
  });
  it("refuses a foreign, null or other-port origin, and cross-site fetches", () => {
    expect(checkOrigin({ host: "localhost:3000", origin: "http://evil.example" })).toMatchObject({ ok: false, status: 403 });
    expect(checkOrigin({ host: "localhost:3000", origin: "null" })).toMatchObject({ ok: false, status: 403 });
    expect(checkOrigin({ host: "localhost:3000", origin: "http://localhost:4000" })).toMatchObject({ ok: false, status: 403 });
    expect(checkOrigin({ host: "localhost:3000", origin: "file://localhost:3000" })).toMatchObject({ ok: false, status: 403 });
    expect(checkOrigin({ host: "localhost:3000", "sec-fetch-site": "cross-site" })).toMatchObject({ ok: false, status: 403 });
  });
});

describe("checkRequest", () => {
  const foreign = { host: "localhost:3000", origin: "http://evil.example" };
  it("checks Origin only on state-changing methods unless told to", () => {
    expect(checkRequest("GET", foreign, config).ok).toBe(true);
    for (const m of ["POST", "PUT", "PATCH", "DELETE", "delete"]) expect(checkRequest(m, foreign, config).ok).toBe(false);
    expect(checkRequest("GET", foreign, config, { alwaysCheckOrigin: true }).ok).toBe(false);
  });
  it("checks Host first", () => {
    expect(checkRequest("GET", { host: "evil.example" }, config)).toMatchObject({ status: 421 });
  });
});
