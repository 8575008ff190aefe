import { describe, expect, it } from "vitest";
import { createVolumeSchema, volumeListQuerySchema, volumeRef } from "./volumes";

describe("createVolumeSchema", () => {
  it("defaults the driver to local", () => {
    expect(createVolumeSchema.parse({ name: "data_1.v-2" })).toEqual({ name: "data_1.v-2", driver: "local", options: {}, labels: {} });
  });
  it("keeps options and labels", () => {
    const v = createVolumeSchema.parse({ name: "db", driver: "local", options: { type: "tmpfs", device: "tmpfs" }, labels: { team: "a" } });
    expect(v.options).toEqual({ type: "tmpfs", device: "tmpfs" });
    expect(v.labels).toEqual({ team: "a" });
  });
  it.each(["", "a", "-data", ".data", "_x", "has space", "sl/ash", "ünï"])("refuses the name %j", (name) => {
    const r = createVolumeSchema.safeParse({ name });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(["name"]);
  });
  it("refuses empty label keys and unknown fields", () => {
    expect(createVolumeSchema.safeParse({ name: "ok", labels: { "": "x" } }).success).toBe(false);
    expect(createVolumeSchema.safeParse({ name: "ok", size: 3 }).success).toBe(false);
  });
});

describe("volumeListQuerySchema", () => {
  it("reads flags", () => {
    expect(volumeListQuerySchema.parse({ sizes: "1" })).toEqual({ sizes: true, dangling: false });
    expect(volumeListQuerySchema.parse({})).toEqual({ sizes: false, dangling: false });
    expect(volumeListQuerySchema.safeParse({ all: "1" }).success).toBe(false);
  });
});

describe("volumeRef", () => {
  it("accepts named and anonymous volumes", () => {
    expect(volumeRef.parse("a".repeat(64))).toBe("a".repeat(64));
    expect(volumeRef.safeParse("../etc").success).toBe(false);
  });
});
