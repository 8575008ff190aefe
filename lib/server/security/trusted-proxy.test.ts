import { describe, expect, it } from "vitest";
import { readConfig } from "@/lib/server/config";
import { checkRequest } from "./request-policy";
import { clientView, isTrustedProxy, parsePublicUrl, parseTrustedProxies } from "./trusted-proxy";

const proxied = { "x-forwarded-for": "203.0.113.7, 10.0.0.2", "x-forwarded-proto": "https", "x-forwarded-host": "berth.example.com", host: "127.0.0.1:3000" };

describe("BERTH_TRUSTED_PROXY", () => {
  it("takes addresses and CIDRs, v4 and v6, and refuses anything else at start", () => {
    expect(parseTrustedProxies(" 127.0.0.2, 10.0.0.0/8 ,::1,fd00::/8")).toEqual(["127.0.0.2", "10.0.0.0/8", "::1", "fd00::/8"]);
    expect(parseTrustedProxies(undefined)).toEqual([]);
    for (const bad of ["proxy.lan", "10.0.0.0/33", "10.0.0.1/8/1", "1.2.3"]) expect(() => parseTrustedProxies(bad)).toThrow(/BERTH_TRUSTED_PROXY/);
    expect(() => readConfig({ BERTH_TRUSTED_PROXY: "nginx" })).toThrow(/not an IP address or CIDR/);
  });

  it("matches a peer against them, IPv4-mapped peers too", () => {
    const list = ["127.0.0.2", "10.0.0.0/8"];
    expect(isTrustedProxy("127.0.0.2", list)).toBe(true);
    expect(isTrustedProxy("::ffff:10.1.2.3", list)).toBe(true);
    expect(isTrustedProxy("127.0.0.1", list)).toBe(false);
    expect(isTrustedProxy(undefined, list)).toBe(false);
    expect(isTrustedProxy("127.0.0.2", [])).toBe(false);
  });
});

describe("clientView", () => {
  const config = { trustedProxies: ["127.0.0.2", "10.0.0.0/8"] };

  it("believes X-Forwarded-* from a trusted peer: the first untrusted address from the right is the client", () => {
    expect(clientView("::ffff:127.0.0.2", proxied, config)).toEqual({ address: "203.0.113.7", https: true, host: "berth.example.com", forwarded: true });
    // What the client wrote left of the real address is ignored.
    expect(clientView("127.0.0.2", { "x-forwarded-for": "1.1.1.1, 198.51.100.4" }, config).address).toBe("198.51.100.4");
    expect(clientView("127.0.0.2", {}, config)).toMatchObject({ address: "127.0.0.2", https: false, forwarded: true });
  });

  it("ignores them from anyone else", () => {
    expect(clientView("127.0.0.1", proxied, config)).toEqual({ address: "127.0.0.1", https: false, host: "127.0.0.1:3000", forwarded: false });
    expect(clientView("127.0.0.1", proxied, { trustedProxies: [] }).address).toBe("127.0.0.1");
  });
});

describe("BERTH_PUBLIC_URL and the Origin/Host check", () => {
  it("is an origin, checked at start", () => {
    expect(parsePublicUrl("https://Berth.Example.com/some/path")).toBe("https://berth.example.com");
    expect(() => parsePublicUrl("berth.example.com")).toThrow(/BERTH_PUBLIC_URL/);
    expect(() => parsePublicUrl("ftp://x.example")).toThrow(/http/);
  });

  it("accepts the public origin and host besides loopback; a trusted proxy's X-Forwarded-Host is the Host", () => {
    const config = readConfig({ BERTH_PUBLIC_URL: "https://berth.example.com", BERTH_TRUSTED_PROXY: "127.0.0.2" });
    const post = (headers: Record<string, string>, peer?: string) => checkRequest({ method: "POST", url: "/api/containers", headers, peer }, config);
    expect(config.allowedHosts).toContain("berth.example.com");
    // The proxy keeps Host: the public name is allowed, and its origin.
    expect(post({ host: "berth.example.com", origin: "https://berth.example.com" })).toBeNull();
    // The proxy rewrites Host to the backend's: the public origin still passes, another site's does not.
    expect(post({ host: "127.0.0.1:3000", origin: "https://berth.example.com" })).toBeNull();
    expect(post({ host: "127.0.0.1:3000", origin: "https://evil.example" })).toMatchObject({ status: 403, code: "cross_origin" });
    // X-Forwarded-Host counts from the trusted proxy only, and is itself checked (DNS rebinding through the proxy).
    expect(post({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" }, "127.0.0.2")).toMatchObject({ status: 421 });
    expect(post({ host: "127.0.0.1:3000", "x-forwarded-host": "evil.example" }, "127.0.0.1")).toBeNull();
    // Without BERTH_PUBLIC_URL, a name the proxy forwards is refused.
    expect(checkRequest({ method: "GET", url: "/", headers: { host: "berth.example.com" } }, readConfig({}))).toMatchObject({ status: 421 });
  });
});
