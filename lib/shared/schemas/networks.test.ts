import { describe, expect, it } from "vitest";
import { connectNetworkSchema, createNetworkSchema, isHostInCidr, parseIpv4, parseIpv4Cidr } from "./networks";

describe("parseIpv4", () => {
  it("reads dotted quads", () => {
    expect(parseIpv4("10.213.200.1")).toBe(((10 * 256 + 213) * 256 + 200) * 256 + 1);
    expect(parseIpv4("0.0.0.0")).toBe(0);
    expect(parseIpv4("255.255.255.255")).toBe(2 ** 32 - 1);
  });
  it.each(["", "10.0.0", "10.0.0.0.1", "256.1.1.1", "01.2.3.4", "a.b.c.d", "1.2.3.-4", " 1.2.3.4"])("refuses %j", (s) => {
    expect(parseIpv4(s)).toBeNull();
  });
});

describe("parseIpv4Cidr", () => {
  it("reads a network with its prefix", () => {
    expect(parseIpv4Cidr("10.213.200.0/24")).toEqual({ network: parseIpv4("10.213.200.0"), prefix: 24 });
    expect(parseIpv4Cidr("0.0.0.0/0")).toEqual({ network: 0, prefix: 0 });
  });
  it.each(["10.213.200.0", "10.213.200.1/24", "10.213.200.0/33", "10.213.200.0/", "300.0.0.0/8", "10.0.0.0/8/8", "fd00::/64"])(
    "refuses %j",
    (s) => expect(parseIpv4Cidr(s)).toBeNull(),
  );
});

describe("isHostInCidr", () => {
  const net = parseIpv4Cidr("10.213.200.0/24")!;
  it("accepts host addresses inside", () => {
    expect(isHostInCidr(parseIpv4("10.213.200.1")!, net)).toBe(true);
    expect(isHostInCidr(parseIpv4("10.213.200.254")!, net)).toBe(true);
  });
  it("refuses the network and broadcast addresses and outsiders", () => {
    expect(isHostInCidr(parseIpv4("10.213.200.0")!, net)).toBe(false);
    expect(isHostInCidr(parseIpv4("10.213.200.255")!, net)).toBe(false);
    expect(isHostInCidr(parseIpv4("10.213.201.1")!, net)).toBe(false);
  });
});

describe("createNetworkSchema", () => {
  const fields = (input: unknown) => {
    const r = createNetworkSchema.safeParse(input);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
  };
  it("fills defaults", () => {
    expect(createNetworkSchema.parse({ name: "web-net" })).toEqual({
      name: "web-net",
      driver: "bridge",
      subnet: undefined,
      gateway: undefined,
      internal: false,
      attachable: false,
      labels: {},
    });
  });
  it("accepts a subnet with a gateway inside it", () => {
    expect(createNetworkSchema.parse({ name: "n1", subnet: "10.213.200.0/24", gateway: "10.213.200.1" }).gateway).toBe("10.213.200.1");
  });
  it("treats empty subnet and gateway as absent", () => {
    expect(createNetworkSchema.parse({ name: "n1", subnet: " ", gateway: "" }).subnet).toBeUndefined();
  });
  it("names the bad field", () => {
    expect(fields({ name: "n1", subnet: "10.213.200.0/40" })).toHaveProperty("subnet");
    expect(fields({ name: "n1", subnet: "10.213.200.0/24", gateway: "10.213.201.1" })).toHaveProperty("gateway");
    expect(fields({ name: "n1", subnet: "10.213.200.0/24", gateway: "10.213.200.0" })).toHaveProperty("gateway");
    expect(fields({ name: "n1", gateway: "10.213.200.1" })).toHaveProperty("gateway");
    expect(fields({ name: "n1", subnet: "10.213.200.0/24", gateway: "nope" })).toHaveProperty("gateway");
    expect(fields({ name: "-bad" })).toHaveProperty("name");
    expect(fields({ name: "bridge" })).toHaveProperty("name");
    expect(fields({ name: "n1", driver: "overlay" })).toHaveProperty("driver");
    expect(Object.keys(fields({ name: "n1", labels: { "": "x" } }))[0]).toMatch(/^labels/);
    expect(fields({ name: "n1", extra: 1 })).not.toEqual({});
  });
});

describe("connectNetworkSchema", () => {
  it("takes an optional alias", () => {
    expect(connectNetworkSchema.parse({ container: "web", alias: "db" })).toEqual({ container: "web", alias: "db" });
    expect(connectNetworkSchema.parse({ container: "web", alias: "" })).toEqual({ container: "web", alias: undefined });
    expect(connectNetworkSchema.parse({ container: "web" })).toEqual({ container: "web" });
  });
  it("refuses a missing container or a bad alias", () => {
    expect(connectNetworkSchema.safeParse({ container: "" }).success).toBe(false);
    expect(connectNetworkSchema.safeParse({ container: "web", alias: "a b" }).success).toBe(false);
  });
});
