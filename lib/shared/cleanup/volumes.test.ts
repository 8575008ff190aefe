import { describe, expect, it } from "vitest";
import { containersByVolume, isAnonymousVolume, volumeVerdict } from "./volumes";
import { container, hoursAgo, opts, volume } from "./test-facts";

const ANON = "3f".repeat(32);

describe("containersByVolume", () => {
  it("counts containers in every state, once each", () => {
    const users = containersByVolume([
      container({ name: "up", state: "running", volumes: ["data"] }),
      container({ name: "down", state: "exited", volumes: ["data", "data"] }),
      container({ name: "new", state: "created", volumes: [ANON] }),
    ]);
    expect(users.get("data")).toEqual(["up", "down"]);
    expect(users.get(ANON)).toEqual(["new"]);
  });
});

describe("volumeVerdict", () => {
  it("offers named and anonymous volumes no container uses, saying which", () => {
    expect(volumeVerdict(volume({ name: "data" }), [], opts)).toEqual({ offer: true, reason: "Named volume no container uses" });
    expect(volumeVerdict(volume({ name: ANON }), [], opts)).toEqual({ offer: true, reason: "Anonymous volume no container uses" });
  });
  it("never offers a volume a container uses, stopped or created ones included", () => {
    expect(volumeVerdict(volume(), ["down"], opts)).toEqual({ offer: false, reason: "Used by container down" });
  });
  it("trusts the engine's reference count when it says the volume is used", () => {
    expect(volumeVerdict(volume({ refCount: 1 }), [], opts).offer).toBe(false);
    expect(volumeVerdict(volume({ refCount: -1 }), [], opts).offer).toBe(true);
  });
  it("keeps protected volumes and applies the age option", () => {
    expect(volumeVerdict(volume({ labels: { "berth.protect": "true" } }), [], opts)).toMatchObject({ offer: false, protected: true });
    expect(volumeVerdict(volume({ createdAt: new Date(hoursAgo(1)).toISOString() }), [], { ...opts, olderThanHours: 2 }).offer).toBe(false);
  });
});

describe("isAnonymousVolume", () => {
  it("recognises the engine's 64-hex names", () => {
    expect(isAnonymousVolume(ANON)).toBe(true);
    expect(isAnonymousVolume("pgdata")).toBe(false);
    expect(isAnonymousVolume("3f".repeat(31))).toBe(false);
  });
});
