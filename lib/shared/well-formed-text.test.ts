import { describe, expect, it } from "vitest";
import { isWellFormed, toWellFormed } from "./well-formed-text";

describe("well-formed text", () => {
  it("tells a lone surrogate from a pair and replaces only the lone ones", () => {
    expect(isWellFormed("plain é 😀")).toBe(true);
    expect(isWellFormed("a\uD800")).toBe(false);
    expect(isWellFormed("\uDC00a")).toBe(false);
    expect(toWellFormed("a\uD800b😀\uDC00")).toBe("a\uFFFDb😀\uFFFD");
    expect(toWellFormed("ok")).toBe("ok");
  });
});
