import { describe, expect, it } from "vitest";
import { normalizeTs } from "./log-time";

describe("normalizeTs", () => {
  it("pads the engine's trimmed fractions so times compare as strings", () => {
    expect(normalizeTs("2026-11-30T05:00:00.5Z")).toBe("2026-11-30T05:00:00.500000000Z");
    expect(normalizeTs("2026-11-30T05:00:00Z") < normalizeTs("2026-11-30T05:00:00.000000001Z")).toBe(true);
  });
});
