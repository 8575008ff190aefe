import { describe, expect, it } from "vitest";
import { splitCommand } from "./terminal-argv";
import { chunkInput } from "@/lib/browser/live/terminal-socket";

describe("splitCommand", () => {
  it("splits on whitespace", () => {
    expect(splitCommand("  ls  -la /tmp ")).toEqual({ argv: ["ls", "-la", "/tmp"] });
  });
  it("keeps quoted text together without expanding it", () => {
    expect(splitCommand(`sh -c 'echo $HOME | wc -c'`)).toEqual({ argv: ["sh", "-c", "echo $HOME | wc -c"] });
    expect(splitCommand(`echo "a \\"b\\" c" d\\ e ''`)).toEqual({ argv: ["echo", 'a "b" c', "d e", ""] });
  });
  it("reports unclosed quotes and empty input", () => {
    expect(splitCommand(`echo 'oops`)).toEqual({ error: "unclosed single quote" });
    expect(splitCommand("   ")).toEqual({ error: "type a command to run" });
  });
});

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
