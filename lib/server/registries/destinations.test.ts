import { describe, expect, it } from "vitest";
import { bareHost, currentGuard, destinationProblem, engineTcpEndpoint, hostScope, ownEndpoint, registryAddressRefusal, type Guard } from "./destinations";

const guard: Guard = { berth: { port: 3111, hosts: ["localhost", "127.0.0.1", "::1", "berth.lan"] }, engine: { host: "127.0.0.1", port: 2375 } };

describe("hostScope", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.9.8.7", "loopback"],
    ["[::1]", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["[::ffff:127.0.0.1]", "loopback"],
    ["0.0.0.0", "loopback"],
    ["::", "loopback"],
    ["localhost", "loopback"],
    ["LocalHost.", "loopback"],
    ["registry.localhost", "loopback"],
    ["169.254.169.254", "link-local"],
    ["[fe80::1]", "link-local"],
    ["10.0.0.5", "other"],
    ["registry.example.com", "other"],
    ["localhost.example.com", "other"],
  ])("%s is %s", (host, scope) => {
    expect(hostScope(host)).toBe(scope);
  });
  it("spells mapped IPv4 as IPv4", () => {
    expect(bareHost("[::ffff:a00:5]")).toBe("10.0.0.5");
  });
});

describe("ownEndpoint", () => {
  it("knows Berth by any loopback address or any of its names at its port", () => {
    for (const host of ["127.0.0.1", "127.0.0.2", "localhost", "[::1]", "0.0.0.0", "berth.lan", "BERTH.LAN."]) {
      expect(ownEndpoint(host, 3111, guard)).toMatch(/Berth itself \(port 3111\)/);
    }
    expect(ownEndpoint("127.0.0.1", 3112, guard)).toBeUndefined();
    expect(ownEndpoint("10.0.0.5", 3111, guard)).toBeUndefined();
  });
  it("knows the engine's TCP port", () => {
    expect(ownEndpoint("localhost", 2375, guard)).toMatch(/Docker engine's API/);
    expect(ownEndpoint("10.1.1.1", 2375, { berth: guard.berth, engine: { host: "10.1.1.1", port: 2375 } })).toMatch(/engine/);
    expect(ownEndpoint("10.1.1.2", 2375, { berth: guard.berth, engine: { host: "10.1.1.1", port: 2375 } })).toBeUndefined();
    expect(ownEndpoint("127.0.0.1", 2375, { berth: guard.berth })).toBeUndefined();
  });
});

describe("destinationProblem", () => {
  const d = (host: string, port: number, registryOrigin: boolean, registryScope: "loopback" | "other" | "link-local" = "other") => destinationProblem({ host, port, registryOrigin, registryScope }, guard);
  it("lets the registry's own origin be wherever the user put it, but never Berth or the engine", () => {
    expect(d("127.0.0.1", 5055, true, "loopback")).toBeUndefined();
    // A registry name that resolves to loopback is still the user's registry.
    expect(d("127.0.0.1", 443, true)).toBeUndefined();
    expect(d("127.0.0.1", 3111, true, "loopback")).toMatch(/Berth itself/);
  });
  it("refuses loopback and link-local elsewhere unless the registry shares that scope", () => {
    expect(d("127.0.0.1", 5001, false)).toMatch(/loopback and the registry is not/);
    expect(d("127.0.0.1", 5001, false, "loopback")).toBeUndefined();
    expect(d("169.254.169.254", 80, false)).toMatch(/link-local/);
    expect(d("auth.example.com", 443, false)).toBeUndefined();
    expect(d("localhost", 2375, false, "loopback")).toMatch(/engine/);
  });
});

describe("engineTcpEndpoint", () => {
  it("reads tcp, http and https endpoints with Docker's default ports", () => {
    expect(engineTcpEndpoint("tcp://127.0.0.1:2375")).toEqual({ host: "127.0.0.1", port: 2375 });
    expect(engineTcpEndpoint("tcp://docker.lan")).toEqual({ host: "docker.lan", port: 2375 });
    expect(engineTcpEndpoint("tcp://docker.lan", "1")).toEqual({ host: "docker.lan", port: 2376 });
    expect(engineTcpEndpoint("https://[::1]")).toEqual({ host: "::1", port: 2376 });
  });
  it("is undefined for sockets and ssh", () => {
    expect(engineTcpEndpoint("unix:///var/run/docker.sock")).toBeUndefined();
    expect(engineTcpEndpoint("npipe:////./pipe/docker_engine")).toBeUndefined();
    expect(engineTcpEndpoint("ssh://me@host")).toBeUndefined();
    expect(engineTcpEndpoint("not a url")).toBeUndefined();
  });
});

describe("currentGuard", () => {
  it("takes Berth's port, names and the engine from the environment", () => {
    const g = currentGuard({ PORT: "3222", HOST: "10.0.0.7", BERTH_ALLOWED_HOSTS: "berth.example", DOCKER_HOST: "tcp://10.0.0.9:2376" });
    expect(g.berth.port).toBe(3222);
    expect(g.berth.hosts).toEqual(expect.arrayContaining(["localhost", "127.0.0.1", "::1", "10.0.0.7", "berth.example"]));
    expect(g.engine).toEqual({ host: "10.0.0.9", port: 2376 });
  });
  it("counts every interface address when Berth listens on all of them", () => {
    expect(currentGuard({ HOST: "0.0.0.0" }).berth.hosts).toEqual(expect.arrayContaining(["0.0.0.0", "127.0.0.1"]));
  });
});

describe("registryAddressRefusal", () => {
  it("refuses Berth's own port and the engine's, by any loopback spelling", () => {
    expect(registryAddressRefusal("127.0.0.1:3111", guard)).toMatch(/Berth itself/);
    expect(registryAddressRefusal("localhost:3111", guard)).toMatch(/Berth itself/);
    expect(registryAddressRefusal("[::1]:3111", guard)).toMatch(/Berth itself/);
    expect(registryAddressRefusal("berth.lan:3111", guard)).toMatch(/Berth itself/);
    expect(registryAddressRefusal("127.0.0.1:2375", guard)).toMatch(/engine/);
    // No port: 80 for a loopback registry (http), 443 otherwise.
    expect(registryAddressRefusal("localhost", { berth: { port: 80, hosts: [] } })).toMatch(/Berth itself/);
    expect(registryAddressRefusal("127.0.0.1:5055", guard)).toBeUndefined();
    expect(registryAddressRefusal("registry.example.com:3111", guard)).toBeUndefined();
  });
});
