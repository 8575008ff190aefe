import { describe, expect, it } from "vitest";
import { describeSecurityOption, dfWithoutHelpers, infoWithoutHelpers, summarizeDiskUsage, toEngineFacts } from "./system-mappers";

describe("toEngineFacts", () => {
  it("takes what docker info and docker version show", () => {
    const facts = toEngineFacts(
      {
        Name: "host1",
        Driver: "overlay2",
        CgroupDriver: "cgroupfs",
        CgroupVersion: "2",
        Runtimes: { runc: {}, "io.containerd.runc.v2": {} },
        DefaultRuntime: "runc",
        SecurityOptions: ["name=seccomp,profile=default", "name=cgroupns"],
        IndexServerAddress: "https://index.docker.io/v1/",
        RegistryConfig: { InsecureRegistryCIDRs: ["127.0.0.0/8"], IndexConfigs: { "reg.lan:5000": { Name: "reg.lan:5000", Secure: false }, "docker.io": { Name: "docker.io", Secure: true } }, Mirrors: [] },
        Containers: 3,
        ContainersRunning: 1,
        ContainersPaused: 1,
        ContainersStopped: 1,
        Images: 4,
        NCPU: 2,
        MemTotal: 2048,
      },
      { Version: "20.10.24", ApiVersion: "1.41", MinAPIVersion: "1.12" },
    );
    expect(facts).toMatchObject({
      name: "host1",
      version: "20.10.24",
      apiVersion: "1.41",
      storageDriver: "overlay2",
      cgroupVersion: "2",
      runtimes: ["io.containerd.runc.v2", "runc"],
      securityOptions: ["seccomp (profile=default)", "cgroupns"],
      insecureRegistries: ["reg.lan:5000", "127.0.0.0/8"],
      containers: { total: 3, running: 1, paused: 1, stopped: 1 },
      images: 4,
      cpus: 2,
      memory: 2048,
    });
  });
  it("leaves an option without a name as it came", () => {
    expect(describeSecurityOption("apparmor")).toBe("apparmor");
  });
});

describe("summarizeDiskUsage", () => {
  it("computes docker system df's columns the way the docker CLI does", () => {
    const lines = summarizeDiskUsage({
      LayersSize: 1000,
      Images: [
        { Id: "a", Size: 600, SharedSize: 100, Containers: 1 },
        { Id: "b", Size: 400, SharedSize: 100, Containers: 0 },
      ],
      Containers: [
        { Id: "1", State: "running", SizeRw: 5 },
        { Id: "2", State: "exited", SizeRw: 7 },
        { Id: "3", State: "paused", SizeRw: 1 },
      ],
      Volumes: [
        { Name: "v1", UsageData: { Size: 30, RefCount: 1 } },
        { Name: "v2", UsageData: { Size: 20, RefCount: 0 } },
        { Name: "v3", UsageData: { Size: -1, RefCount: 0 } },
      ],
      BuildCache: [
        { ID: "r1", Size: 50, InUse: true },
        { ID: "r2", Size: 70, Shared: true },
        { ID: "r3", Size: 30 },
      ],
      BuilderSize: 150,
    });
    expect(lines).toEqual([
      { kind: "images", label: "Images", total: 2, active: 1, size: 1000, reclaimable: 500 },
      { kind: "containers", label: "Containers", total: 3, active: 2, size: 13, reclaimable: 7 },
      { kind: "volumes", label: "Local Volumes", total: 3, active: 1, size: 50, reclaimable: 20 },
      { kind: "buildCache", label: "Build Cache", total: 3, active: 1, size: 80, reclaimable: 100 },
    ]);
  });
  it("reads an empty engine", () => {
    expect(summarizeDiskUsage({}).every((l) => l.total === 0 && l.size === 0 && l.reclaimable === 0)).toBe(true);
  });
});

describe("without Berth's helpers", () => {
  const helper = { Id: "h1", ImageID: "sha256:bb", State: "running", Labels: { "berth.helper": "volume-browse" }, Mounts: [{ Type: "volume", Name: "data" }] };
  const user = { Id: "u1", ImageID: "sha256:bb", State: "exited", Labels: {}, Mounts: [{ Type: "volume", Name: "logs" }] };
  const df = {
    LayersSize: 100,
    Containers: [helper, user],
    Images: [
      { Id: "sha256:bb", Size: 10, SharedSize: 0, Containers: 2 },
      { Id: "sha256:other", Size: 5, SharedSize: 0, Containers: 0 },
    ],
    Volumes: [
      { Name: "data", UsageData: { Size: 7, RefCount: 1 } },
      { Name: "logs", UsageData: { Size: 3, RefCount: 1 } },
    ],
  };

  it("system df: the helper's row is gone and what it holds is not counted as used by it", () => {
    const out = dfWithoutHelpers(df);
    expect(out.Containers).toEqual([user]);
    expect(out.Images).toEqual([
      { Id: "sha256:bb", Size: 10, SharedSize: 0, Containers: 1 },
      { Id: "sha256:other", Size: 5, SharedSize: 0, Containers: 0 },
    ]);
    expect(out.Volumes).toEqual([
      { Name: "data", UsageData: { Size: 7, RefCount: 0 } },
      { Name: "logs", UsageData: { Size: 3, RefCount: 1 } },
    ]);
    const volumes = summarizeDiskUsage(out).find((l) => l.kind === "volumes")!;
    expect(volumes).toMatchObject({ active: 1, reclaimable: 7 });
    expect(dfWithoutHelpers({ Containers: [user] })).toEqual({ Containers: [user] });
  });

  it("docker info: the helpers are taken off the counts, by state", () => {
    expect(infoWithoutHelpers({ Containers: 2, ContainersRunning: 1, ContainersPaused: 0, ContainersStopped: 1 }, [{ state: "running" }])).toEqual({
      Containers: 1,
      ContainersRunning: 0,
      ContainersPaused: 0,
      ContainersStopped: 1,
    });
  });
});
