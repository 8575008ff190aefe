import { describe, expect, it } from "vitest";
import { buildCacheVerdict, pruneOrder } from "./build-cache";
import { cacheRecord, hoursAgo, opts } from "./test-facts";

describe("buildCacheVerdict", () => {
  it("offers cache no build uses and no image shares", () => {
    expect(buildCacheVerdict(cacheRecord(), opts)).toEqual({ offer: true, reason: "Unused regular cache: mount / from exec /bin/sh -c make" });
  });
  it("never offers cache in use or shared with an image", () => {
    expect(buildCacheVerdict(cacheRecord({ inUse: true }), opts).offer).toBe(false);
    expect(buildCacheVerdict(cacheRecord({ shared: true }), opts).offer).toBe(false);
  });
  it("counts age from the last use", () => {
    const r = cacheRecord({ createdAt: new Date(hoursAgo(100)).toISOString(), lastUsedAt: new Date(hoursAgo(1)).toISOString() });
    expect(buildCacheVerdict(r, { ...opts, olderThanHours: 24 }).offer).toBe(false);
    expect(buildCacheVerdict(cacheRecord({ lastUsedAt: undefined }), { ...opts, olderThanHours: 24 }).offer).toBe(true);
  });
});

describe("pruneOrder", () => {
  it("puts children before their parents", () => {
    const order = pruneOrder([cacheRecord({ id: "root" }), cacheRecord({ id: "leaf", parent: "mid" }), cacheRecord({ id: "mid", parent: "root" })]);
    expect(order.map((r) => r.id)).toEqual(["leaf", "mid", "root"]);
  });
});
