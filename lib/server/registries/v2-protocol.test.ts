import { describe, expect, it } from "vitest";
import { isLoopbackAddress, nextPageLink, parseChallenge, registryBaseUrl } from "./v2-protocol";

describe("registryBaseUrl", () => {
  it.each([
    ["127.0.0.1:5055", "http://127.0.0.1:5055"],
    ["127.8.9.10", "http://127.8.9.10"],
    ["localhost:5000", "http://localhost:5000"],
    ["[::1]:5000", "http://[::1]:5000"],
    ["registry.example.com", "https://registry.example.com"],
    ["10.0.0.5:5000", "https://10.0.0.5:5000"],
    ["127.example.com:5000", "https://127.example.com:5000"],
  ])("%s → %s", (address, url) => {
    expect(registryBaseUrl(address)).toBe(url);
  });
  it("knows loopback only by address", () => {
    expect(isLoopbackAddress("localhost")).toBe(true);
    expect(isLoopbackAddress("localhost.example.com")).toBe(false);
  });
});

describe("parseChallenge", () => {
  it("reads a Bearer challenge", () => {
    expect(parseChallenge('Bearer realm="https://auth.example/token",service="registry.example",scope="registry:catalog:*"')).toEqual({
      scheme: "bearer",
      params: { realm: "https://auth.example/token", service: "registry.example", scope: "registry:catalog:*" },
    });
  });
  it("reads a Basic challenge and unquoted values", () => {
    expect(parseChallenge('Basic realm="berth-sandbox"')).toEqual({ scheme: "basic", params: { realm: "berth-sandbox" } });
    expect(parseChallenge("Bearer realm=https://a/t, service=s")?.params).toEqual({ realm: "https://a/t", service: "s" });
  });
  it("is undefined without a header", () => {
    expect(parseChallenge(null)).toBeUndefined();
    expect(parseChallenge("")).toBeUndefined();
  });
});

describe("nextPageLink", () => {
  it("resolves the next page's link against the registry", () => {
    const link = nextPageLink('</v2/_catalog?last=b%2Fc&n=2>; rel="next"', "http://127.0.0.1:5055");
    expect(link?.origin).toBe("http://127.0.0.1:5055");
    expect(link?.searchParams.get("last")).toBe("b/c");
    expect(nextPageLink('<https://elsewhere.example/v2/_catalog?last=x>; rel="next"', "http://127.0.0.1:5055")?.origin).toBe("https://elsewhere.example");
  });
  it("is undefined on the last page or for a link that is not a URL", () => {
    expect(nextPageLink(null, "http://r")).toBeUndefined();
    expect(nextPageLink('</v2/_catalog?last=b&n=2>; rel="prev"', "http://r")).toBeUndefined();
    expect(nextPageLink('<http://[bad>; rel="next"', "http://r")).toBeUndefined();
  });
});
