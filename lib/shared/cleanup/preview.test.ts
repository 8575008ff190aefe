import { describe, expect, it } from "vitest";
import { buildPreview } from "./preview";
import { cacheRecord, container, image, network, opts, snapshot, volume } from "./test-facts";

describe("buildPreview", () => {
  const snap = snapshot({
    containers: [
      container({ id: "up", name: "up", state: "running", imageId: "sha256:used", volumes: ["in-use"], networks: ["n-used"] }),
      container({ id: "old", name: "old", state: "exited", imageId: "sha256:used", sizeRw: 7 }),
      container({ id: "kept", name: "kept", state: "exited", labels: { "berth.protect": "true" } }),
    ],
    images: [
      image({ id: "sha256:used", tags: ["app:1"], size: 100 }),
      image({ id: "sha256:dangling", size: 300, sharedSize: 100 }),
      image({ id: "sha256:tagged", tags: ["tool:2"], size: 50 }),
    ],
    volumes: [volume({ name: "in-use" }), volume({ name: "orphan", size: 40 }), volume({ name: "guarded", labels: { "berth.protect": "true" } })],
    networks: [network({ id: "n-used", name: "used" }), network({ id: "n-free", name: "free" }), network({ id: "b", name: "bridge" })],
    buildCache: [cacheRecord({ id: "r1", size: 1000 }), cacheRecord({ id: "r2", inUse: true })],
  });

  it("lists only what the rules offer, with sizes, and sums them", () => {
    const p = buildPreview(snap, opts);
    expect(p.containers.map((c) => c.id)).toEqual(["old"]);
    expect(p.images.map((i) => i.id)).toEqual(["sha256:dangling"]);
    expect(p.images[0]!.size).toBe(200);
    expect(p.volumes.map((v) => v.name)).toEqual(["orphan"]);
    expect(p.networks.map((n) => n.name)).toEqual(["free"]);
    expect(p.buildCache.records.map((r) => r.id)).toEqual(["r1"]);
    expect(p.reclaimableBytes).toBe(7 + 200 + 40 + 1000);
  });

  it("lists protected resources apart, with the reason they would have been offered", () => {
    const p = buildPreview(snap, opts);
    expect(p.protected).toEqual([
      { kind: "containers", id: "kept", name: "kept", reason: "Exited; kept by berth.protect=true" },
      { kind: "volumes", id: "guarded", name: "guarded", reason: "Named volume no container uses; kept by berth.protect=true" },
    ]);
  });

  it("adds unused tagged images with the option", () => {
    const p = buildPreview(snap, { ...opts, unusedImages: true });
    expect(p.images.map((i) => i.id).sort()).toEqual(["sha256:dangling", "sha256:tagged"]);
    expect(p.options).toEqual({ unusedImages: true });
  });

  it("says which Compose project each resource belonged to", () => {
    const stack = { "com.docker.compose.project": "shop" };
    const p = buildPreview(
      snapshot({
        containers: [container({ id: "old", name: "shop_web_1", state: "exited", labels: stack })],
        volumes: [volume({ name: "shop_data", labels: stack }), volume({ name: "loose" })],
        networks: [network({ id: "n-shop", name: "shop_default", labels: stack })],
      }),
      opts,
    );
    expect(p.containers.map((c) => c.project)).toEqual(["shop"]);
    expect(p.volumes.map((v) => [v.name, v.project])).toEqual([["loose", undefined], ["shop_data", "shop"]]);
    expect(p.networks.map((n) => n.project)).toEqual(["shop"]);
  });
});
