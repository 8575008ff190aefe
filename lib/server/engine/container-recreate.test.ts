import { describe, expect, it } from "vitest";
import { recreatePreviewBody } from "@/lib/shared/schemas/container-config";
import { applyChanges, buildRecreatePlan, diffSettings, settingsFromInspect, type RawFullInspect } from "./container-recreate";

const ID = "0123456789abcdef".repeat(4);
const raw: RawFullInspect = {
  Id: ID,
  Name: "/web",
  Image: "sha256:img",
  State: { Running: true },
  Config: {
    Hostname: ID.slice(0, 12),
    Image: "busybox:latest",
    Env: ["PATH=/bin", "MODE=dev"],
    Cmd: ["sleep", "3600"],
    Entrypoint: ["/bin/sh", "-c"],
    Labels: { team: "ops" },
    ExposedPorts: { "80/tcp": {} },
    WorkingDir: "/srv",
  },
  HostConfig: {
    NetworkMode: "backend",
    Binds: ["/srv/www:/www:ro"],
    Mounts: [{ Type: "volume", Source: "data", Target: "/data" }],
    PortBindings: { "80/tcp": [{ HostIp: "", HostPort: "8080" }] },
    RestartPolicy: { Name: "on-failure", MaximumRetryCount: 2 },
    Memory: 67108864,
  },
  Mounts: [
    { Type: "bind", Source: "/srv/www", Destination: "/www", RW: false },
    { Type: "volume", Name: "data", Source: "/var/lib/dockervolumes/data_data", Destination: "/data", RW: true },
    { Type: "volume", Name: "f00dcafe", Destination: "/cache", RW: true },
  ],
  NetworkSettings: {
    Networks: {
      backend: { Aliases: ["api", ID.slice(0, 12)], IPAMConfig: { IPv4Address: "10.1.0.5" } },
      frontend: { Aliases: ["www"] },
    },
  },
};

describe("buildRecreatePlan", () => {
  it("changes only the env and keeps command, entrypoint, mounts, labels, restart policy and networks", () => {
    const changes = recreatePreviewBody.parse({ env: [{ key: "PATH", value: "/bin" }, { key: "MODE", value: "prod" }] });
    const { body, extraNetworks } = buildRecreatePlan(raw, changes, "web-tmp");
    expect(body).toMatchObject({
      name: "web-tmp",
      Image: "busybox:latest",
      Env: ["PATH=/bin", "MODE=prod"],
      Cmd: ["sleep", "3600"],
      Entrypoint: ["/bin/sh", "-c"],
      Labels: { team: "ops" },
      WorkingDir: "/srv",
      HostConfig: {
        Binds: ["/srv/www:/www:ro"],
        RestartPolicy: { Name: "on-failure", MaximumRetryCount: 2 },
        PortBindings: { "80/tcp": [{ HostIp: "", HostPort: "8080" }] },
        Memory: 67108864,
        NetworkMode: "backend",
      },
      NetworkingConfig: { EndpointsConfig: { backend: { Aliases: ["api"], IPAMConfig: { IPv4Address: "10.1.0.5" } } } },
    });
    // The named mount stays, the anonymous volume follows by name so its data is kept.
    expect(body.HostConfig?.Mounts).toEqual([
      { Type: "volume", Source: "data", Target: "/data" },
      { Type: "volume", Source: "f00dcafe", Target: "/cache", ReadOnly: false },
    ]);
    expect(body.Hostname).toBeUndefined();
    expect(extraNetworks).toEqual([{ name: "frontend", endpoint: { Aliases: ["www"] } }]);
  });

  it("replaces ports and mounts when they change, and an emptied command falls back to the image's", () => {
    const changes = recreatePreviewBody.parse({
      command: "",
      ports: [{ hostPort: "9090", containerPort: "90" }],
      mounts: [{ type: "volume", source: "data", target: "/data" }],
    });
    const { body } = buildRecreatePlan(raw, changes, "t", "sha256:img");
    expect(body.Image).toBe("sha256:img");
    expect(body.Cmd).toBeNull();
    expect(body.Entrypoint).toEqual(["/bin/sh", "-c"]);
    expect(body.ExposedPorts).toEqual({ "80/tcp": {}, "90/tcp": {} });
    expect(body.HostConfig?.PortBindings).toEqual({ "90/tcp": [{ HostIp: "", HostPort: "9090" }] });
    expect(body.HostConfig?.Binds).toEqual([]);
    expect(body.HostConfig?.Mounts).toEqual([{ Type: "volume", Source: "data", Target: "/data", ReadOnly: false }]);
  });

  it("does not attach networks when sharing the host's stack", () => {
    const { body, extraNetworks } = buildRecreatePlan(
      { ...raw, HostConfig: { NetworkMode: "host" }, NetworkSettings: { Networks: { host: {} } } },
      {},
      "t",
    );
    expect(body.NetworkingConfig).toBeUndefined();
    expect(extraNetworks).toEqual([]);
  });
});

describe("diffSettings", () => {
  it("lists only what changes, old and new side by side", () => {
    const before = settingsFromInspect(raw).recreatable;
    const changes = recreatePreviewBody.parse({
      command: "sleep 60",
      env: [{ key: "PATH", value: "/bin" }, { key: "MODE", value: "prod" }, { key: "NEW", value: "1" }],
      ports: [],
    });
    expect(diffSettings(before, applyChanges(before, changes))).toEqual([
      { path: "command", before: "sleep 3600", after: "sleep 60" },
      { path: "env.MODE", before: "dev", after: "prod" },
      { path: "env.NEW", before: null, after: "1" },
      { path: "ports.80/tcp", before: "8080 → 80/tcp", after: null },
    ]);
    expect(diffSettings(before, applyChanges(before, {}))).toEqual([]);
  });
});
