import { describe, expect, it } from "vitest";
import { humanDuration, statusText, toContainerDetail, toContainerState, toContainerSummary } from "./mappers";

describe("toContainerSummary", () => {
  const raw = {
    Id: "a1b2c3d4e5f6a7b8",
    Names: ["/web"],
    Image: "nginx:1.27",
    ImageID: "sha256:abc",
    Command: "nginx -g 'daemon off;'",
    Created: 1_700_000_000,
    Ports: [
      { IP: "0.0.0.0", PrivatePort: 80, PublicPort: 8080, Type: "tcp" },
      { IP: "0.0.0.0", PrivatePort: 80, PublicPort: 8080, Type: "tcp" },
      { IP: "::", PrivatePort: 80, PublicPort: 8080, Type: "tcp" },
      { PrivatePort: 443, Type: "tcp" },
      { IP: "127.0.0.1", PrivatePort: 53, PublicPort: 5353, Type: "udp" },
    ],
    Labels: { "com.docker.compose.project": "shop" },
    State: "running",
    Status: "Up 3 minutes",
  };

  it("maps names, state and labels", () => {
    const s = toContainerSummary(raw);
    expect(s).toMatchObject({ id: raw.Id, name: "web", image: "nginx:1.27", state: "running", status: "Up 3 minutes", project: "shop" });
    expect(s.labels).toEqual({ "com.docker.compose.project": "shop" });
  });

  it("folds duplicate port rows and keeps exposed-only ports unpublished", () => {
    const s = toContainerSummary(raw);
    expect(s.ports).toEqual([
      { privatePort: 53, protocol: "udp", hostIp: "127.0.0.1", hostPort: 5353 },
      { privatePort: 80, protocol: "tcp", hostIp: "0.0.0.0", hostPort: 8080 },
      { privatePort: 80, protocol: "tcp", hostIp: "::", hostPort: 8080 },
      { privatePort: 443, protocol: "tcp" },
    ]);
  });

  it("prefers the container's own name over link aliases", () => {
    expect(toContainerSummary({ Id: "x", Names: ["/app/db", "/db"] }).name).toBe("db");
  });

  it("survives an almost empty object", () => {
    const s = toContainerSummary({ Id: "0123456789abcdef" });
    expect(s).toMatchObject({ name: "0123456789ab", ports: [], labels: {}, state: "dead", project: undefined });
  });
});

describe("toContainerState", () => {
  it("accepts every engine state and falls back to dead", () => {
    for (const s of ["created", "running", "paused", "restarting", "removing", "exited", "dead"]) {
      expect(toContainerState(s)).toBe(s);
    }
    expect(toContainerState("Running")).toBe("running");
    expect(toContainerState("weird")).toBe("dead");
    expect(toContainerState(undefined)).toBe("dead");
  });
});

describe("toContainerDetail", () => {
  const now = Date.parse("2026-01-01T12:00:00Z");
  const inspect = {
    Id: "f00",
    Name: "/api",
    Created: "2026-01-01T11:00:00.123456789Z",
    Path: "sh",
    Args: ["-c", "sleep 1000"],
    Image: "sha256:img",
    RestartCount: 2,
    State: { Status: "exited", ExitCode: 137, OOMKilled: true, StartedAt: "2026-01-01T11:00:01Z", FinishedAt: "2026-01-01T11:57:00Z", Pid: 0 },
    Config: {
      Image: "busybox",
      Entrypoint: null,
      Cmd: ["sh", "-c", "sleep 1000"],
      Env: ["A=1"],
      ExposedPorts: { "80/tcp": {}, "53/udp": {} },
      Labels: { tier: "backend" },
    },
    HostConfig: { RestartPolicy: { Name: "on-failure", MaximumRetryCount: 3 }, NetworkMode: "bridge", Privileged: true },
    Mounts: [
      { Type: "volume", Name: "data", Source: "/var/lib/dockervolumes/data_data", Destination: "/data", RW: true },
      { Type: "bind", Source: "/srv/conf", Destination: "/conf", RW: false },
    ],
    NetworkSettings: {
      Ports: { "80/tcp": [{ HostIp: "127.0.0.1", HostPort: "8080" }], "53/udp": null },
      Networks: { bridge: { NetworkID: "n1", IPAddress: "10.0.0.2", Gateway: "10.0.0.1", MacAddress: "", Aliases: null } },
    },
  };

  it("maps configuration, state, mounts, ports and networks", () => {
    const d = toContainerDetail(inspect, now);
    expect(d).toMatchObject({
      id: "f00",
      name: "api",
      image: "busybox",
      command: "sh -c 'sleep 1000'",
      state: "exited",
      status: "Exited (137) 3 minutes ago",
      exitCode: 137,
      oomKilled: true,
      restartCount: 2,
      restartPolicy: { name: "on-failure", maximumRetryCount: 3 },
      privileged: true,
      entrypoint: [],
      cmd: ["sh", "-c", "sleep 1000"],
      labels: { tier: "backend" },
    });
    expect(d.created).toBe(Math.floor(Date.parse("2026-01-01T11:00:00.123Z") / 1000));
    expect(d.mounts).toEqual([
      { type: "volume", source: "data", destination: "/data", readOnly: false, name: "data" },
      { type: "bind", source: "/srv/conf", destination: "/conf", readOnly: true },
    ]);
    expect(d.ports).toEqual([
      { privatePort: 53, protocol: "udp" },
      { privatePort: 80, protocol: "tcp", hostIp: "127.0.0.1", hostPort: 8080 },
    ]);
    expect(d.networks).toEqual([{ name: "bridge", networkId: "n1", ipAddress: "10.0.0.2", gateway: "10.0.0.1", macAddress: undefined, aliases: [] }]);
  });

  it("treats the engine's zero time as no time", () => {
    const d = toContainerDetail({ Id: "x", State: { Status: "created", StartedAt: "0001-01-01T00:00:00Z" } }, now);
    expect(d.startedAt).toBeUndefined();
    expect(d.status).toBe("Created");
    expect(d.restartPolicy.name).toBe("no");
  });
});

describe("statusText and humanDuration", () => {
  const now = Date.parse("2026-01-01T12:00:00Z");
  it("reads like docker ps", () => {
    expect(statusText({ State: { Status: "running", StartedAt: "2026-01-01T11:59:30Z" } }, now)).toBe("Up 30 seconds");
    expect(statusText({ State: { Status: "paused", StartedAt: "2026-01-01T10:00:00Z" } }, now)).toBe("Up 2 hours (Paused)");
    expect(statusText({ State: { Status: "running", StartedAt: "2026-01-01T11:00:00Z", Health: { Status: "healthy" } } }, now)).toBe(
      "Up About an hour (healthy)",
    );
  });
  it("rounds like the engine", () => {
    expect(humanDuration(0)).toBe("Less than a second");
    expect(humanDuration(1000)).toBe("1 second");
    expect(humanDuration(60_000)).toBe("About a minute");
    expect(humanDuration(3 * 86_400_000)).toBe("3 days");
  });
});
