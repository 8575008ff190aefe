import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { parseStatLines } = await import("./volume-files");

describe("parseStatLines", () => {
  it("reads type, size, mtime and names holding |, folders first", () => {
    const out = "81a4|0|1796020175|./we|ird name\na1ff|5|1796020175|./l\n81a4|3|1796020175|./a.txt\n41ed|4096|1796020175|./d\n";
    expect(parseStatLines(out, "/")).toEqual([
      { name: "d", path: "/d", type: "directory", size: 4096, mtime: 1796020175 },
      { name: "a.txt", path: "/a.txt", type: "file", size: 3, mtime: 1796020175 },
      { name: "l", path: "/l", type: "symlink", size: 5, mtime: 1796020175 },
      { name: "we|ird name", path: "/we|ird name", type: "file", size: 0, mtime: 1796020175 },
    ]);
  });
  it("joins paths under a sub-folder and skips noise", () => {
    expect(parseStatLines("garbage\n11b6|0|1|./fifo\n", "/logs")).toEqual([{ name: "fifo", path: "/logs/fifo", type: "other", size: 0, mtime: 1 }]);
  });
});
