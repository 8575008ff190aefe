import { describe, expect, it } from "vitest";
import { mergeTicks, NO_TICKS, setTicked } from "./ticks";

describe("mergeTicks", () => {
  it("ticks every row of a preview the user asked for", () => {
    expect([...mergeTicks(NO_TICKS, ["a", "b"], true).ticked]).toEqual(["a", "b"]);
  });
  it("keeps the user's ticks, drops vanished rows and brings new live rows in unticked", () => {
    let t = mergeTicks(NO_TICKS, ["a", "b", "c"], true);
    t = setTicked(t, ["b"], false);
    t = mergeTicks(t, ["a", "b", "d"], false);
    expect([...t.ticked]).toEqual(["a"]);
    expect([...t.seen].sort()).toEqual(["a", "b", "d"]);
  });
  it("treats a row that comes back as new", () => {
    let t = mergeTicks(NO_TICKS, ["a"], true);
    t = mergeTicks(t, [], false);
    t = mergeTicks(t, ["a"], false);
    expect(t.ticked.size).toBe(0);
  });
  it("changed options tick what they add and keep what the user had decided", () => {
    let t = setTicked(mergeTicks(NO_TICKS, ["a", "b"], true), ["a"], false);
    t = mergeTicks(t, ["a", "b", "img"], true);
    expect([...t.ticked].sort()).toEqual(["b", "img"]);
  });
});
