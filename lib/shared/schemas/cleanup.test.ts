import { describe, expect, it } from "vitest";
import { cleanupQuerySchema, cleanupRequestSchema } from "./cleanup";

describe("cleanupQuerySchema", () => {
  it("reads the options", () => {
    expect(cleanupQuerySchema.parse({})).toEqual({ unusedImages: false });
    expect(cleanupQuerySchema.parse({ unusedImages: "1", olderThanHours: "24" })).toEqual({ unusedImages: true, olderThanHours: 24 });
    expect(cleanupQuerySchema.parse({ olderThanHours: "" }).olderThanHours).toBeUndefined();
  });
  it("refuses bad hours and unknown keys", () => {
    expect(cleanupQuerySchema.safeParse({ olderThanHours: "-3" }).success).toBe(false);
    expect(cleanupQuerySchema.safeParse({ olderThanHours: "1e9" }).success).toBe(false);
    expect(cleanupQuerySchema.safeParse({ olderThanHours: "999999" }).success).toBe(false);
    expect(cleanupQuerySchema.safeParse({ all: "1" }).success).toBe(false);
  });
});

describe("cleanupRequestSchema", () => {
  const id = "a".repeat(64);
  it("takes ids per kind and fills the rest", () => {
    expect(cleanupRequestSchema.parse({ containers: [id], volumes: ["data"] })).toEqual({ containers: [id], images: [], volumes: ["data"], networks: [] });
    expect(cleanupRequestSchema.parse({ images: [`sha256:${id}`], buildCache: true }).buildCache).toBe(true);
  });
  it("refuses an empty request, bad ids and unknown keys", () => {
    expect(cleanupRequestSchema.safeParse({}).success).toBe(false);
    expect(cleanupRequestSchema.safeParse({ buildCache: false }).success).toBe(false);
    expect(cleanupRequestSchema.safeParse({ containers: ["web; rm -rf"] }).success).toBe(false);
    expect(cleanupRequestSchema.safeParse({ images: ["busybox:latest"] }).success).toBe(false);
    expect(cleanupRequestSchema.safeParse({ volumes: ["../x"] }).success).toBe(false);
    expect(cleanupRequestSchema.safeParse({ all: true }).success).toBe(false);
  });
});
