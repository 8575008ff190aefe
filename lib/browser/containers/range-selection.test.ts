import { describe, expect, it } from "vitest";
import { applyRangeClick, keepPresent } from "./range-selection";

const order = ["a", "b", "c", "d", "e"];
const sorted = (s: Set<string>) => [...s].sort();

describe("applyRangeClick", () => {
  it("a plain click toggles one row", () => {
    expect(sorted(applyRangeClick({ order, selected: new Set(), anchor: undefined, clicked: "c", shift: false }))).toEqual(["c"]);
    expect(sorted(applyRangeClick({ order, selected: new Set(["c"]), anchor: "c", clicked: "c", shift: false }))).toEqual([]);
  });

  it("a shift-click selects from the anchor to the row, either direction", () => {
    expect(sorted(applyRangeClick({ order, selected: new Set(["b"]), anchor: "b", clicked: "d", shift: true }))).toEqual(["b", "c", "d"]);
    expect(sorted(applyRangeClick({ order, selected: new Set(["d"]), anchor: "d", clicked: "a", shift: true }))).toEqual(["a", "b", "c", "d"]);
  });

  it("a shift-click on a selected row clears the range", () => {
    const selected = new Set(["a", "b", "c", "d"]);
    expect(sorted(applyRangeClick({ order, selected, anchor: "a", clicked: "c", shift: true }))).toEqual(["d"]);
  });

  it("without an anchor (or one no longer shown) a shift-click is a plain click", () => {
    expect(sorted(applyRangeClick({ order, selected: new Set(), anchor: undefined, clicked: "c", shift: true }))).toEqual(["c"]);
    expect(sorted(applyRangeClick({ order, selected: new Set(), anchor: "zz", clicked: "c", shift: true }))).toEqual(["c"]);
  });

  it("keeps rows outside the range as they were", () => {
    expect(sorted(applyRangeClick({ order, selected: new Set(["e"]), anchor: "a", clicked: "b", shift: true }))).toEqual(["a", "b", "e"]);
  });
});

describe("keepPresent", () => {
  it("drops ids that left the list", () => {
    expect(sorted(keepPresent(new Set(["a", "x"]), order))).toEqual(["a"]);
  });
});
