import { describe, expect, it } from "vitest";
import { reclaimableText } from "./reclaimable-text";

describe("reclaimableText", () => {
  it("prints like docker system df's RECLAIMABLE column", () => {
    expect(reclaimableText(1985594, 1985594)).toBe("1.986MB (100%)");
    expect(reclaimableText(1, 3)).toBe("1B (33%)");
    expect(reclaimableText(2, 3)).toBe("2B (66%)");
    expect(reclaimableText(0, 0)).toBe("0B");
  });
});
