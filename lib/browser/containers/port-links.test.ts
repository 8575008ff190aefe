import { describe, expect, it } from "vitest";
import { displayPorts, hostAddress, portUrl } from "./port-links";

describe("portUrl", () => {
  it("uses localhost for wildcard and loopback bindings", () => {
    expect(portUrl({ privatePort: 80, protocol: "tcp", hostIp: "0.0.0.0", hostPort: 8080 })).toBe("http://localhost:8080");
    expect(portUrl({ privatePort: 80, protocol: "tcp", hostIp: "::", hostPort: 8080 })).toBe("http://localhost:8080");
    expect(portUrl({ privatePort: 80, protocol: "tcp", hostIp: "127.0.0.1", hostPort: 81 })).toBe("http://localhost:81");
  });
  it("uses the bound address otherwise, bracketing IPv6", () => {
    expect(portUrl({ privatePort: 80, protocol: "tcp", hostIp: "192.168.1.5", hostPort: 80 })).toBe("http://192.168.1.5:80");
    expect(portUrl({ privatePort: 80, protocol: "tcp", hostIp: "fd00::5", hostPort: 80 })).toBe("http://[fd00::5]:80");
  });
  it("has no URL for an exposed-only port", () => {
    expect(portUrl({ privatePort: 443, protocol: "tcp" })).toBeUndefined();
  });
});

describe("displayPorts", () => {
  it("drops the IPv6 twin of a wildcard binding and sorts by container port", () => {
    const shown = displayPorts([
      { privatePort: 443, protocol: "tcp" },
      { privatePort: 80, protocol: "tcp", hostIp: "::", hostPort: 8080 },
      { privatePort: 80, protocol: "tcp", hostIp: "0.0.0.0", hostPort: 8080 },
    ]);
    expect(shown.map((p) => `${p.privatePort}:${p.hostIp ?? "-"}`)).toEqual(["80:0.0.0.0", "443:-"]);
    expect(hostAddress(shown[0]!)).toBe("0.0.0.0:8080");
  });
});
