import { describe, expect, it } from "vitest";
import { parseEnvFile } from "./env-file";

const rows = (text: string) => parseEnvFile(text).rows;
const errors = (text: string) => parseEnvFile(text).errors;

describe("parseEnvFile (docker run --env-file)", () => {
  it("reads KEY=VALUE lines and skips blank lines and # comments", () => {
    // docker/cli's own good-file case.
    const text = "foo=bar\n    baz=quux\n# comment\n\n_foobar=foobaz\nwith.dots=working\nand_underscore=working too\n\n    \t  ";
    expect(parseEnvFile(text)).toEqual({
      rows: [
        { key: "foo", value: "bar" },
        { key: "baz", value: "quux" },
        { key: "_foobar", value: "foobaz" },
        { key: "with.dots", value: "working" },
        { key: "and_underscore", value: "working too" },
      ],
      errors: [],
    });
    expect(parseEnvFile("")).toEqual({ rows: [], errors: [] });
    expect(rows("  # indented comment\n#A=1")).toEqual([]);
  });

  it("keeps the value verbatim: quotes, escapes, inner =, # and trailing whitespace", () => {
    expect(rows(`Q="two words"`)).toEqual([{ key: "Q", value: `"two words"` }]);
    expect(rows(`S='x'`)).toEqual([{ key: "S", value: `'x'` }]);
    expect(rows(String.raw`E=a\nb\t$HOME`)).toEqual([{ key: "E", value: String.raw`a\nb\t$HOME` }]);
    expect(rows("URL=postgres://u:p@h/db?sslmode=require")).toEqual([{ key: "URL", value: "postgres://u:p@h/db?sslmode=require" }]);
    expect(rows("T=value   \t")).toEqual([{ key: "T", value: "value   \t" }]);
    expect(rows("L=   leading")).toEqual([{ key: "L", value: "   leading" }]);
    expect(rows("H=#not a comment")).toEqual([{ key: "H", value: "#not a comment" }]);
    expect(rows("EMPTY=")).toEqual([{ key: "EMPTY", value: "" }]);
  });

  it("drops a UTF-8 BOM at the start and the \\r of CRLF line ends, nothing more", () => {
    expect(rows("\uFEFFA=1\r\nB=2\r\n")).toEqual([{ key: "A", value: "1" }, { key: "B", value: "2" }]);
    // Only at the very start: elsewhere it is part of the text (and a name holding it is not trimmed).
    expect(rows("A=\uFEFF1")).toEqual([{ key: "A", value: "\uFEFF1" }]);
    // A lone \r is not a line end in Go's scanner.
    expect(rows("A=1\rB=2")).toEqual([{ key: "A", value: "1\rB=2" }]);
    expect(rows("C=3\r\r\n")).toEqual([{ key: "C", value: "3\r" }]);
  });

  it("trims leading whitespace the way Go's unicode.IsSpace does", () => {
    expect(rows("\u00a0\u3000\tK=v")).toEqual([{ key: "K", value: "v" }]);
  });

  it("refuses names holding whitespace and lines with no name, naming the line", () => {
    expect(errors("foo=bar\n    f   =quux\n")).toEqual(['Line 2: the name "f   " contains whitespace']);
    expect(errors("first line\nanother invalid line")).toEqual([
      'Line 1: the name "first line" contains whitespace',
      'Line 2: the name "another invalid line" contains whitespace',
    ]);
    expect(errors("export A=1")).toEqual(['Line 1: the name "export A" contains whitespace']);
    expect(errors("# comment=\n=blank names are an error")).toEqual(['Line 2: no variable name before "="']);
    expect(rows("A=1\nB C=2\nD=3")).toEqual([{ key: "A", value: "1" }, { key: "D", value: "3" }]);
  });

  it("flags a bare KEY, which the CLI would copy from its own environment", () => {
    const [error] = errors("OK=1\nHOME");
    expect(error).toMatch(/^Line 2 \("HOME"\) has no "=": docker run --env-file would copy it from the environment/);
    expect(error).toMatch(/KEY=value/);
  });

  it("refuses a NUL byte and text that is not UTF-8", () => {
    expect(errors("A=1\nB=x\0y")).toEqual(["Line 2 contains a NUL byte"]);
    expect(errors("A=\uD800")).toEqual(["Line 1 is not valid UTF-8"]);
    expect(rows("A=😀")).toEqual([{ key: "A", value: "😀" }]);
  });
});
