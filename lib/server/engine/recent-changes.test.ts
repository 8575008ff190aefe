import { describe, expect, it } from "vitest";
import { RecentChanges } from "./recent-changes";

describe("RecentChanges", () => {
  it("remembers containers for a few seconds only", () => {
    const r = new RecentChanges();
    r.note("a", 1_000);
    r.note("b", 4_000);
    expect(r.ids(5_000).sort()).toEqual(["a", "b"]);
    expect(r.ids(7_000)).toEqual(["b"]);
    r.note("c", 10_000);
    expect(r.ids(10_000)).toEqual(["c"]);
  });
});
