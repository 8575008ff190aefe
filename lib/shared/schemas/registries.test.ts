import { describe, expect, it } from "vitest";
import { addRegistryBody, catalogQuery, loginBody, registryAddressProblem, registryId, searchQuery, tagsQuery } from "./registries";

describe("registry addresses", () => {
  it.each(["127.0.0.1:5055", "localhost", "localhost:5000", "registry.example.com", "host:5000", "[::1]:5000", "my-registry.local:443"])(
    "accepts %s",
    (address) => {
      expect(registryAddressProblem(address)).toBeUndefined();
    },
  );
  it.each([
    ["", /host\[:port\]/],
    ["myhost", /needs a "\."/],
    ["http://127.0.0.1:5000", /scheme/],
    ["127.0.0.1:5000/v2", /without a path/],
    ["docker.io", /always listed/],
    ["bad_host.com", /not a registry/],
    ["host:0", /between 1 and 65535/],
    ["host:99999", /between 1 and 65535/],
    ["-host.com", /not a registry/],
  ])("refuses %j", (address, message) => {
    expect(registryAddressProblem(address)).toMatch(message);
  });
  it("lowercases and names the field", () => {
    expect(addRegistryBody.parse({ address: " Registry.Example.com:5000 ", name: "" })).toEqual({ address: "registry.example.com:5000" });
    const bad = addRegistryBody.safeParse({ address: "nohost" });
    expect(bad.error?.issues[0]?.path).toEqual(["address"]);
    expect(addRegistryBody.safeParse({ address: "a.b", extra: 1 }).success).toBe(false);
  });
});

describe("login and queries", () => {
  it("keeps the password as typed and defaults remember to false", () => {
    expect(loginBody.parse({ username: " me ", password: " p w " })).toEqual({ username: "me", password: " p w ", remember: false });
  });
  it("never puts the password in a message", () => {
    const r = loginBody.safeParse({ username: "", password: "x".repeat(5000) });
    expect(JSON.stringify(r.error?.issues.map((i) => i.message))).not.toContain("xxxx");
  });
  it("validates ids, pages, repositories and search terms", () => {
    expect(registryId.safeParse("hub").success).toBe(true);
    expect(registryId.safeParse("0123456789ab").success).toBe(true);
    expect(registryId.safeParse("../x").success).toBe(false);
    expect(catalogQuery.parse({})).toEqual({ n: 100 });
    expect(catalogQuery.safeParse({ n: "0" }).success).toBe(false);
    expect(tagsQuery.parse({ repository: "e2e/app" })).toEqual({ repository: "e2e/app" });
    expect(tagsQuery.safeParse({ repository: "e2e/app:tag" }).success).toBe(false);
    expect(tagsQuery.safeParse({ repository: "E2E" }).success).toBe(false);
    expect(tagsQuery.safeParse({ repository: "a//b" }).success).toBe(false);
    expect(searchQuery.parse({ term: "busybox" })).toEqual({ term: "busybox", limit: 25 });
    expect(searchQuery.safeParse({ term: " " }).success).toBe(false);
  });
});
