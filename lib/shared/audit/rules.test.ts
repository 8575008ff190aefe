import { describe, expect, it } from "vitest";
import * as rules from "./rules";
import type { AuditSubject, HostMount } from "./types";

// A container that passes every check; each test changes one thing.
export function cleanSubject(over: Partial<AuditSubject> = {}): AuditSubject {
  return {
    id: "c0ffee",
    name: "web",
    image: "nginx:1.27.3",
    state: "running",
    privileged: false,
    networkMode: "bridge",
    pidMode: "",
    ipcMode: "private",
    mounts: [],
    ports: [{ hostIp: "127.0.0.1", hostPort: "8080", containerPort: "80/tcp" }],
    publishAll: false,
    user: "1000:1000",
    capAdd: [],
    memory: 64 * 1024 * 1024,
    restartPolicy: "unless-stopped",
    envNames: ["PATH", "NGINX_VERSION"],
    ...over,
  };
}

const bind = (source: string, destination: string, origin: HostMount["origin"], readOnly = false, type = "bind"): HostMount => ({
  source,
  destination,
  origin,
  readOnly,
  type,
});

describe("every rule passes a clean container", () => {
  it("finds nothing", () => {
    for (const rule of rules.RULES) expect(rule(cleanSubject())).toBeUndefined();
  });
});

describe("privileged", () => {
  it("flags --privileged, not an ordinary container", () => {
    expect(rules.privileged(cleanSubject({ privileged: true }))?.severity).toBe("high");
    expect(rules.privileged(cleanSubject())).toBeUndefined();
  });
});

describe("host namespaces", () => {
  it("flags host network, PID and IPC, not bridge/private", () => {
    expect(rules.hostNetwork(cleanSubject({ networkMode: "host" }))?.id).toBe("host-network");
    expect(rules.hostNetwork(cleanSubject({ networkMode: "my-net" }))).toBeUndefined();
    expect(rules.hostPid(cleanSubject({ pidMode: "host" }))?.id).toBe("host-pid");
    expect(rules.hostPid(cleanSubject({ pidMode: "container:abc" }))).toBeUndefined();
    expect(rules.hostIpc(cleanSubject({ ipcMode: "host" }))?.id).toBe("host-ipc");
    expect(rules.hostIpc(cleanSubject({ ipcMode: "shareable" }))).toBeUndefined();
  });
});

describe("dockerSocket", () => {
  it("flags the socket from HostConfig.Mounts alone (the Binds-only CVE class)", () => {
    const f = rules.dockerSocket(cleanSubject({ mounts: [bind("/var/run/docker.sock", "/var/run/docker.sock", "HostConfig.Mounts", true)] }));
    expect(f?.severity).toBe("high");
    expect(f?.evidence[0]).toContain("HostConfig.Mounts");
  });
  it("flags the socket from HostConfig.Binds and from runtime Mounts", () => {
    expect(rules.dockerSocket(cleanSubject({ mounts: [bind("/run/docker.sock", "/sock", "HostConfig.Binds")] }))).toBeDefined();
    expect(rules.dockerSocket(cleanSubject({ mounts: [bind("/var/run/docker.sock", "/d.sock", "Mounts")] }))).toBeDefined();
  });
  it("flags containerd sockets, sockets under a docker dir, parent dirs, odd spellings and the well-known destination", () => {
    for (const src of ["/run/containerd/containerd.sock", "/tmp/bs/docker.sock", "/var/run/docker/x.sock", "/var/run", "/run", "/", "/var//run/./docker.sock/"]) {
      expect(rules.dockerSocket(cleanSubject({ mounts: [bind(src, "/x", "Mounts")] })), src).toBeDefined();
    }
    expect(rules.dockerSocket(cleanSubject({ mounts: [bind("/srv/engine", "/var/run/docker.sock", "HostConfig.Mounts")] }))).toBeDefined();
  });
  it("does not flag other sockets, data dirs or a volume that happens to be named like a socket", () => {
    const mounts = [
      bind("/srv/app/data", "/data", "HostConfig.Binds"),
      bind("/var/run/postgresql/.s.PGSQL.5432", "/pg", "Mounts"),
      bind("docker.sock", "/data", "Mounts", false, "volume"),
    ];
    expect(rules.dockerSocket(cleanSubject({ mounts }))).toBeUndefined();
  });
});

describe("sensitiveMount", () => {
  it("flags /, /etc (and inside it), /proc, /root from any source; read-only is medium", () => {
    expect(rules.sensitiveMount(cleanSubject({ mounts: [bind("/", "/host", "HostConfig.Mounts")] }))?.severity).toBe("high");
    expect(rules.sensitiveMount(cleanSubject({ mounts: [bind("/etc/shadow", "/s", "HostConfig.Binds", true)] }))?.severity).toBe("medium");
    expect(rules.sensitiveMount(cleanSubject({ mounts: [bind("/proc", "/p", "Mounts")] }))).toBeDefined();
    expect(rules.sensitiveMount(cleanSubject({ mounts: [bind("/root/", "/r", "Mounts")] }))).toBeDefined();
  });
  it("does not flag an app directory or a volume", () => {
    const mounts = [bind("/srv/etc", "/etc/app", "HostConfig.Binds"), bind("etc", "/etc", "Mounts", false, "volume")];
    expect(rules.sensitiveMount(cleanSubject({ mounts }))).toBeUndefined();
  });
});

describe("publicPort", () => {
  it("flags 0.0.0.0, :: and an empty host IP, and -P", () => {
    for (const hostIp of ["0.0.0.0", "::", ""]) {
      expect(rules.publicPort(cleanSubject({ ports: [{ hostIp, hostPort: "8080", containerPort: "80/tcp" }] })), hostIp).toBeDefined();
    }
    expect(rules.publicPort(cleanSubject({ publishAll: true }))?.evidence.join()).toContain("-P");
  });
  it("does not flag loopback or a specific interface", () => {
    const ports = [{ hostIp: "127.0.0.1", hostPort: "1", containerPort: "1/tcp" }, { hostIp: "10.0.0.5", hostPort: "2", containerPort: "2/tcp" }];
    expect(rules.publicPort(cleanSubject({ ports }))).toBeUndefined();
  });
});

describe("unpinnedImage", () => {
  it("flags :latest, no tag (also behind a registry port) and image ids", () => {
    for (const image of ["nginx:latest", "nginx", "host:5000/app", "host:5000/app:latest", "sha256:" + "a".repeat(64), "0123456789ab", ""]) {
      expect(rules.unpinnedImage(cleanSubject({ image })), image).toBeDefined();
    }
  });
  it("does not flag a version tag or a digest", () => {
    for (const image of ["nginx:1.27.3", "host:5000/app:v2", "nginx@sha256:" + "b".repeat(64)]) {
      expect(rules.unpinnedImage(cleanSubject({ image })), image).toBeUndefined();
    }
  });
});

describe("rootUser", () => {
  it("flags no user, 0, root and root with a group", () => {
    for (const user of ["", "0", "root", "0:0", "root:wheel"]) expect(rules.rootUser(cleanSubject({ user })), user).toBeDefined();
  });
  it("does not flag an unprivileged user", () => {
    for (const user of ["1000", "1000:1000", "nobody", "app:app"]) expect(rules.rootUser(cleanSubject({ user })), user).toBeUndefined();
  });
});

describe("addedCapabilities", () => {
  it("flags SYS_ADMIN/NET_ADMIN/ALL as high, others as medium", () => {
    expect(rules.addedCapabilities(cleanSubject({ capAdd: ["CAP_SYS_ADMIN"] }))?.severity).toBe("high");
    expect(rules.addedCapabilities(cleanSubject({ capAdd: ["NET_ADMIN"] }))?.severity).toBe("high");
    expect(rules.addedCapabilities(cleanSubject({ capAdd: ["all"] }))?.severity).toBe("high");
    expect(rules.addedCapabilities(cleanSubject({ capAdd: ["CHOWN"] }))?.severity).toBe("medium");
  });
  it("does not flag no added capabilities", () => {
    expect(rules.addedCapabilities(cleanSubject({ capAdd: [] }))).toBeUndefined();
  });
});

describe("noMemoryLimit", () => {
  it("flags 0, not a limit", () => {
    expect(rules.noMemoryLimit(cleanSubject({ memory: 0 }))).toBeDefined();
    expect(rules.noMemoryLimit(cleanSubject({ memory: 1 }))).toBeUndefined();
  });
});

describe("noRestartPolicy", () => {
  it("flags no and empty, not a policy", () => {
    expect(rules.noRestartPolicy(cleanSubject({ restartPolicy: "no" }))).toBeDefined();
    expect(rules.noRestartPolicy(cleanSubject({ restartPolicy: "" }))).toBeDefined();
    expect(rules.noRestartPolicy(cleanSubject({ restartPolicy: "on-failure" }))).toBeUndefined();
  });
});

describe("secretEnv", () => {
  it("flags names that look like secrets and lists names only", () => {
    const f = rules.secretEnv(cleanSubject({ envNames: ["PATH", "DB_PASSWORD", "API_TOKEN", "AWS_SECRET_ACCESS_KEY", "SSH_KEY", "PGPASS"] }));
    expect(f?.evidence).toEqual(["DB_PASSWORD", "API_TOKEN", "AWS_SECRET_ACCESS_KEY", "SSH_KEY"]);
  });
  it("does not flag ordinary names (KEYBOARD, MONKEY, PASSTHROUGH)", () => {
    expect(rules.secretEnv(cleanSubject({ envNames: ["PATH", "KEYBOARD_LAYOUT", "MONKEY", "PASSTHROUGH", "HOME"] }))).toBeUndefined();
  });
});

describe("groupByProject", () => {
  it("groups containers by Compose project, projects by name, standalone last", async () => {
    const { groupByProject } = await import("./audit");
    const c = (name: string, project?: string) => ({ id: name, name, image: "x", state: "running", findings: [], counts: { high: 0, medium: 0, low: 0 }, ...(project ? { project } : {}) });
    const groups = groupByProject([c("a"), c("shop_web", "shop"), c("b"), c("api_1", "api"), c("shop_db", "shop")] as never);
    expect(groups.map((g) => [g.project, g.containers.map((x) => x.name)])).toEqual([
      ["api", ["api_1"]],
      ["shop", ["shop_web", "shop_db"]],
      [undefined, ["a", "b"]],
    ]);
  });
});
