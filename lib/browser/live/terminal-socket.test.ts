import { describe, expect, it } from "vitest";
import { chunkInput } from "./terminal-socket";

describe("chunkInput", () => {
  it("leaves small input whole and splits large input without breaking surrogate pairs", () => {
    expect(chunkInput("abc", 10)).toEqual(["abc"]);
    const text = "a".repeat(9) + "😀" + "b".repeat(5);
    const chunks = chunkInput(text, 10);
    expect(chunks.join("")).toBe(text);
    expect(chunks.every((c) => c.length <= 10)).toBe(true);
    expect(chunks[0]).toBe("a".repeat(9));
  });
});
