import { describe, expect, it } from "vitest";
import { buildMatcher, matchRanges, splitByRanges } from "./log-search";

describe("log search", () => {
  it("matches plain text literally and case-insensitively", () => {
    const m = buildMatcher("a.b", false);
    expect(m.ok && matchRanges("A.B axb a.b", m.regex)).toEqual([[0, 3], [8, 11]]);
  });
  it("reports an invalid regular expression instead of throwing", () => {
    const m = buildMatcher("(", true);
    expect(m.ok).toBe(false);
  });
  it("skips empty matches", () => {
    const m = buildMatcher("x*", true);
    expect(m.ok && matchRanges("axxb", m.regex)).toEqual([[1, 3]]);
  });
  it("cuts styled pieces at match boundaries", () => {
    const pieces = [{ text: "hello ", color: "red" }, { text: "world" }];
    expect(splitByRanges(pieces, [[4, 8]])).toEqual([
      { text: "hell", color: "red", match: false },
      { text: "o ", color: "red", match: true },
      { text: "wo", match: true },
      { text: "rld", match: false },
    ]);
  });
});
