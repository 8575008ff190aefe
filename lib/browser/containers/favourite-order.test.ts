import { describe, expect, it } from "vitest";
import { pinFavourites } from "./favourite-order";

const rows = ["api", "db", "web", "worker"].map((name) => ({ name }));

describe("pinFavourites", () => {
  it("puts starred names first, each part in the order it had", () => {
    expect(pinFavourites(rows, new Set(["worker", "db"])).map((r) => r.name)).toEqual(["db", "worker", "api", "web"]);
  });

  it("leaves the order alone with no stars, or stars that match nothing", () => {
    expect(pinFavourites(rows, new Set()).map((r) => r.name)).toEqual(["api", "db", "web", "worker"]);
    expect(pinFavourites(rows, new Set(["gone"])).map((r) => r.name)).toEqual(["api", "db", "web", "worker"]);
  });

  it("matches by name, so a recreated container (new id, same name) is still pinned", () => {
    const before = [{ id: "1", name: "a" }, { id: "2", name: "b" }];
    const after = [{ id: "1", name: "a" }, { id: "9", name: "b" }];
    expect(pinFavourites(before, new Set(["b"]))[0]!.id).toBe("2");
    expect(pinFavourites(after, new Set(["b"]))[0]!.id).toBe("9");
  });

  it("does not change the list it was given", () => {
    const input = rows.slice();
    pinFavourites(input, new Set(["web"]));
    expect(input).toEqual(rows);
  });
});
