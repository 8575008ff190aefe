import { describe, expect, it } from "vitest";
import { jsonObjectLines, LineSplitter } from "./line-splitter";

function splitter(maxChars = 100) {
  const lines: [string, boolean][] = [];
  const s = new LineSplitter((line, truncated) => lines.push([line, truncated]), { maxChars });
  return { s, lines };
}

describe("LineSplitter", () => {
  it("joins a line split across chunks and hands over every line of a chunk", () => {
    const { s, lines } = splitter();
    s.push(Buffer.from("one\ntw"));
    expect(lines).toEqual([["one", false]]);
    s.push("o\nthree\nfour\nfi");
    s.push(Buffer.from("ve\n"));
    expect(lines.map((l) => l[0])).toEqual(["one", "two", "three", "four", "five"]);
  });

  it("does not split a UTF-8 character cut between chunks", () => {
    const { s, lines } = splitter();
    const bytes = Buffer.from("é€\n");
    for (let i = 0; i < bytes.length; i++) s.push(bytes.subarray(i, i + 1));
    expect(lines).toEqual([["é€", false]]);
  });

  it("takes CRLF as a line end and keeps an empty line", () => {
    const { s, lines } = splitter();
    s.push("a\r\n\r\nb\r");
    s.push("\n");
    expect(lines).toEqual([["a", false], ["", false], ["b", false]]);
  });

  it("caps an overlong line once, flagged, and drops the rest of it up to its newline", () => {
    const { s, lines } = splitter(10);
    s.push("x".repeat(25));
    s.push("y".repeat(1000));
    s.push("yyy\nnext\n" + "z".repeat(12) + "\nok\n");
    expect(lines).toEqual([
      ["x".repeat(10), true],
      ["next", false],
      ["z".repeat(10), true],
      ["ok", false],
    ]);
  });

  it("hands over a final line without a newline at the end, but not the rest of a dropped one", () => {
    const { s, lines } = splitter(10);
    s.push("done\nlast");
    s.end();
    expect(lines).toEqual([["done", false], ["last", false]]);
    s.push("w".repeat(20));
    s.end();
    expect(lines.slice(2)).toEqual([["w".repeat(10), true]]);
    s.push("fresh");
    s.end();
    expect(lines.at(-1)).toEqual(["fresh", false]);
  });
});

describe("jsonObjectLines", () => {
  it("passes the objects on and skips blank, malformed, non-object and truncated lines", () => {
    const seen: object[] = [];
    const s = new LineSplitter(jsonObjectLines((v) => seen.push(v)), { maxChars: 20 });
    s.push('{"a":1}\n\nnot json\n42\nnull\n{"b":"' + "x".repeat(30) + '"}\n{"c":');
    s.push("3}");
    s.end();
    expect(seen).toEqual([{ a: 1 }, { c: 3 }]);
  });
});
