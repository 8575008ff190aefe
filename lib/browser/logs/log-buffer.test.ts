import { describe, expect, it } from "vitest";
import { LogBuffer, normalizeTs } from "./log-buffer";

describe("LogBuffer", () => {
  it("keeps the newest rows within its bound and counts the lines it let go", () => {
    const b = new LogBuffer(3);
    b.append([{ stream: "stdout", text: "1" }, { skipped: 5 }, { skipped: 2 }, { stream: "stderr", text: "2" }]);
    expect(b.rows.map((r) => (r.kind === "line" ? r.line.text : `gap ${r.count}`))).toEqual(["1", "gap 7", "2"]);
    b.append([{ stream: "stdout", text: "3" }, { stream: "stdout", text: "4" }]);
    expect(b.rows.map((r) => (r.kind === "line" ? r.line.text : "gap"))).toEqual(["2", "3", "4"]);
    expect(b.droppedOlder).toBe(1);
  });
});

describe("normalizeTs", () => {
  it("pads the engine's trimmed fractions so times compare as strings", () => {
    expect(normalizeTs("2026-11-30T05:00:00.5Z")).toBe("2026-11-30T05:00:00.500000000Z");
    expect(normalizeTs("2026-11-30T05:00:00Z") < normalizeTs("2026-11-30T05:00:00.000000001Z")).toBe(true);
  });
});
