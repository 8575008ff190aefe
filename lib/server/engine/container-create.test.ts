import { describe, expect, it } from "vitest";
import { createContainerBody } from "@/lib/shared/schemas/container-config";
import { buildCreateBody, publishedPortConflicts } from "./container-create";
import type { ContainerSummary } from "@/lib/shared/types/engine";

describe("buildCreateBody", () => {
  it("maps every form section to the engine's create body", () => {
    const body = buildCreateBody(
      createContainerBody.parse({
        image: "busybox",
        name: "web",
        command: "httpd -f",
        entrypoint: "/bin/sh -c",
        env: [{ key: "A", value: "1" }, { key: "", value: "" }],
        envText: "A=2\nB=3",
        ports: [{ hostIp: "127.0.0.1", hostPort: "8080", containerPort: "80" }, { containerPort: "53", protocol: "udp" }],
        mounts: [
          { type: "bind", source: "/srv", target: "/srv", readOnly: true },
          { type: "volume", source: "data", target: "/data" },
        ],
        network: { mode: "network", target: "backend" },
        restartPolicy: { name: "unless-stopped" },
        tty: true,
        workingDir: "/srv",
        user: "1000:1000",
        memory: "64m",
        cpus: "0.5",
        labels: [{ key: "team", value: "ops" }],
        privileged: true,
      }),
    );
    expect(body).toMatchObject({
      name: "web",
      Image: "busybox",
      Cmd: ["httpd", "-f"],
      Entrypoint: ["/bin/sh", "-c"],
      Env: ["A=2", "B=3"],
      Labels: { team: "ops" },
      Tty: true,
      OpenStdin: true,
      WorkingDir: "/srv",
      User: "1000:1000",
      ExposedPorts: { "80/tcp": {}, "53/udp": {} },
      HostConfig: {
        NetworkMode: "backend",
        PortBindings: { "80/tcp": [{ HostIp: "127.0.0.1", HostPort: "8080" }], "53/udp": [{ HostIp: "", HostPort: "" }] },
        Mounts: [
          { Type: "bind", Source: "/srv", Target: "/srv", ReadOnly: true },
          { Type: "volume", Source: "data", Target: "/data", ReadOnly: false },
        ],
        RestartPolicy: { Name: "unless-stopped", MaximumRetryCount: 0 },
        AutoRemove: false,
        Privileged: true,
        Memory: 64 * 1024 * 1024,
        NanoCpus: 500_000_000,
      },
    });
  });

  it("keeps the image's command and publishes nothing when sharing another container's network", () => {
    const body = buildCreateBody(
      createContainerBody.parse({ image: "busybox", ports: [{ containerPort: "80" }], network: { mode: "container", target: "db" } }),
    );
    expect(body.Cmd).toBeUndefined();
    expect(body.Entrypoint).toBeUndefined();
    expect(body.HostConfig?.NetworkMode).toBe("container:db");
    expect(body.HostConfig?.PortBindings).toBeUndefined();
  });
});

describe("publishedPortConflicts", () => {
  const running = [{ name: "other", ports: [{ privatePort: 80, protocol: "tcp", hostIp: "0.0.0.0", hostPort: 8080 }] }] as ContainerSummary[];
  it("flags a host port another container publishes", () => {
    const cfg = createContainerBody.parse({ image: "x", ports: [{ containerPort: 1 }, { hostPort: 8080, containerPort: 80 }] });
    expect(publishedPortConflicts(cfg.ports, running)).toEqual({ "ports.1.hostPort": expect.stringContaining("other") });
  });
  it("ignores another protocol", () => {
    const cfg = createContainerBody.parse({ image: "x", ports: [{ hostPort: 8080, containerPort: 80, protocol: "udp" }] });
    expect(publishedPortConflicts(cfg.ports, running)).toEqual({});
  });
});
