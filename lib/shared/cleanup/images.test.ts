import { describe, expect, it } from "vitest";
import { containersByImage, imageUniqueSize, imageVerdict } from "./images";
import { container, image, opts, unixHoursAgo } from "./test-facts";

const unused = { users: [], isParent: false };

describe("containersByImage", () => {
  it("indexes by the engine's ImageID, not the reference the container was made from", () => {
    const users = containersByImage([
      container({ name: "a", image: "busybox:latest", imageId: "sha256:aaa", state: "running" }),
      container({ name: "b", image: "sha256:aaa", imageId: "sha256:aaa", state: "exited" }),
      container({ name: "c", image: "busybox:latest", imageId: "sha256:bbb" }),
    ]);
    expect(users.get("sha256:aaa")).toEqual(["a", "b"]);
    expect(users.get("sha256:bbb")).toEqual(["c"]);
    expect(users.get("busybox:latest")).toBeUndefined();
  });
});

describe("imageVerdict", () => {
  it("offers a dangling image no container uses", () => {
    expect(imageVerdict(image({ tags: [] }), unused, opts)).toMatchObject({ offer: true, reason: expect.stringMatching(/^Dangling/) });
  });
  it("offers a tagged unused image only with the unused-images option", () => {
    const tagged = image({ tags: ["app:1"] });
    expect(imageVerdict(tagged, unused, opts).offer).toBe(false);
    expect(imageVerdict(tagged, unused, { ...opts, unusedImages: true })).toMatchObject({ offer: true, reason: expect.stringMatching(/^Unused/) });
  });
  it("never offers an image a container of any state uses, even dangling", () => {
    const v = imageVerdict(image({ tags: [] }), { users: ["old-web"], isParent: false }, { ...opts, unusedImages: true });
    expect(v).toEqual({ offer: false, reason: "Used by container old-web" });
  });
  it("never offers the parent of another image", () => {
    expect(imageVerdict(image({ tags: ["base:1"] }), { users: [], isParent: true }, { ...opts, unusedImages: true }).offer).toBe(false);
  });
  it("keeps protected images and applies the age option", () => {
    expect(imageVerdict(image({ labels: { "berth.protect": "true" } }), unused, opts)).toMatchObject({ offer: false, protected: true });
    expect(imageVerdict(image({ created: unixHoursAgo(2) }), unused, { ...opts, olderThanHours: 3 }).offer).toBe(false);
  });
});

describe("imageUniqueSize", () => {
  it("counts only the layers no other image shares", () => {
    expect(imageUniqueSize(image({ size: 1000, sharedSize: 400 }))).toBe(600);
    expect(imageUniqueSize(image({ size: 1000, sharedSize: -1 }))).toBe(1000);
  });
});
