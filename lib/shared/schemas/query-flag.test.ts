import { describe, expect, it } from "vitest";
import { z } from "zod";
import { queryFlag } from "./query-flag";

const query = z.strictObject({ all: queryFlag });

describe("queryFlag", () => {
  it("reads 1, true and a bare flag as on; 0, false and absence as off", () => {
    expect(query.parse({ all: "1" })).toEqual({ all: true });
    expect(query.parse({ all: "true" })).toEqual({ all: true });
    expect(query.parse({ all: "" })).toEqual({ all: true });
    expect(query.parse({ all: "0" })).toEqual({ all: false });
    expect(query.parse({ all: "false" })).toEqual({ all: false });
    expect(query.parse({})).toEqual({ all: false });
  });

  it("refuses anything else with a message that says what it takes", () => {
    for (const bad of ["yes", "TRUE", "on", "2", " 1"]) {
      const r = query.safeParse({ all: bad });
      expect(r.success, bad).toBe(false);
      expect(r.error?.issues[0]).toMatchObject({ path: ["all"], message: "must be 1, 0, true or false" });
    }
    expect(query.safeParse({ all: ["1", "0"] }).success).toBe(false);
  });
});
