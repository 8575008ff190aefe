import { describe, expect, it } from "vitest";
import { buildCacheFacts, containerFactsFromInspect, containerFactsFromList, imageFactsFromInspect, mountedVolumeNames, networkFacts } from "./cleanup-facts";

describe("mountedVolumeNames", () => {
  it("reads volumes from Mounts, HostConfig.Binds and HostConfig.Mounts alike, never bind paths", () => {
    expect(
      mountedVolumeNames({
        Mounts: [{ Type: "volume", Name: "from-mounts" }, { Type: "bind", Name: "" }],
        HostConfig: {
          Binds: ["from-binds:/data:ro", "/host/path:/x", "C:\\dir:/y"],
          Mounts: [{ Type: "volume", Source: "from-mount-api" }, { Type: "bind", Source: "/var/run/docker.sock" }],
        },
      }).sort(),
    ).toEqual(["from-binds", "from-mount-api", "from-mounts"]);
  });
  it("finds a volume given only through HostConfig.Mounts (a created container's mount points may lag)", () => {
    expect(mountedVolumeNames({ Mounts: [], HostConfig: { Mounts: [{ Type: "volume", Source: "only-here" }] } })).toEqual(["only-here"]);
  });
});

describe("container facts", () => {
  it("list: ImageID is the image, Image is only the reference", () => {
    const f = containerFactsFromList({
      Id: "abc",
      Names: ["/web"],
      Image: "busybox",
      ImageID: "sha256:123",
      State: "exited",
      Status: "Exited (137) 5 minutes ago",
      Created: 100,
      Mounts: [{ Type: "volume", Name: "data" }],
      NetworkSettings: { Networks: { backend: { NetworkID: "n1" } } },
    });
    expect(f).toMatchObject({ name: "web", exitCode: 137, imageId: "sha256:123", image: "busybox", volumes: ["data"], networks: ["backend", "n1"] });
  });
  it("inspect: Image is the id and the reference lives in Config.Image", () => {
    const f = containerFactsFromInspect({
      Id: "abc",
      Name: "/web",
      Image: "sha256:123",
      Created: "2026-11-30T12:00:00Z",
      State: { Status: "running" },
      Config: { Image: "busybox", Labels: { "berth.protect": "true" } },
      HostConfig: { Binds: ["data:/data"] },
    });
    expect(f).toMatchObject({ state: "running", imageId: "sha256:123", image: "busybox", created: Date.parse("2026-11-30T12:00:00Z") / 1000, volumes: ["data"] });
    expect(f.labels).toEqual({ "berth.protect": "true" });
  });
});

describe("other facts", () => {
  it("image inspect: untagged has no tags, size sharing unknown", () => {
    expect(imageFactsFromInspect({ Id: "sha256:1", RepoTags: ["<none>:<none>"], Created: "2026-11-30T12:00:00Z" })).toMatchObject({ tags: [], sharedSize: -1 });
  });
  it("network inspect counts active endpoints", () => {
    expect(networkFacts({ Id: "n", Name: "x", Containers: { a: {}, b: {} } }).endpoints).toBe(2);
  });
  it("build cache takes the first of Parents when Parent is absent", () => {
    expect(buildCacheFacts({ ID: "r", Parents: ["p"] }).parent).toBe("p");
  });
});
