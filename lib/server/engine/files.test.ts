import { describe, expect, it } from "vitest";
import { parsePathStat, toFileChanges } from "./files";

const header = (stat: object) => Buffer.from(JSON.stringify(stat)).toString("base64");

describe("parsePathStat", () => {
  it("reads a regular file", () => {
    const s = parsePathStat("/data/new.txt", header({ name: "new.txt", size: 6, mode: 0o644, mtime: "2026-11-30T05:00:00Z", linkTarget: "" }));
    expect(s).toEqual({ path: "/data/new.txt", name: "new.txt", size: 6, type: "file", mode: "rw-r--r--", mtime: "2026-11-30T05:00:00Z" });
  });

  it("tells folders, links and special files apart by Go's FileMode bits", () => {
    expect(parsePathStat("/etc", header({ name: "etc", mode: 2 ** 31 + 0o755 })).type).toBe("directory");
    expect(parsePathStat("/tmp", header({ name: "tmp", mode: 2 ** 31 + 2 ** 20 + 0o777 })).mode).toBe("rwxrwxrwx");
    const link = parsePathStat("/bin/sh", header({ name: "sh", mode: 2 ** 27 + 0o777, linkTarget: "busybox" }));
    expect(link).toMatchObject({ type: "symlink", linkTarget: "busybox" });
    expect(parsePathStat("/dev/null", header({ name: "null", mode: 2 ** 26 + 2 ** 21 + 0o666 })).type).toBe("other");
  });

  it("fails clearly without the header", () => {
    expect(() => parsePathStat("/x", undefined)).toThrow("no path information");
  });
});

describe("toFileChanges", () => {
  it("reads the engine's changes as words, sorted by path", () => {
    expect(
      toFileChanges([
        { Path: "/etc/group", Kind: 0 },
        { Path: "/data", Kind: 1 },
        { Path: "/bin/vi", Kind: 2 },
      ]),
    ).toEqual([
      { path: "/bin/vi", kind: "deleted" },
      { path: "/data", kind: "added" },
      { path: "/etc/group", kind: "changed" },
    ]);
  });

  it("is empty for a container that changed nothing: null, or the empty Buffer dockerode makes of it", () => {
    expect(toFileChanges(null)).toEqual([]);
    expect(toFileChanges(undefined)).toEqual([]);
    const empty = toFileChanges(Buffer.alloc(0));
    expect(Array.isArray(empty)).toBe(true);
    expect(empty).toEqual([]);
    expect(JSON.stringify({ changes: empty })).toBe('{"changes":[]}');
  });

  it("is empty for anything else that is not a list, and skips entries it cannot read", () => {
    for (const garbage of ["", "null", 0, {}, { type: "Buffer", data: [] }, Buffer.from("[]")]) {
      expect(toFileChanges(garbage)).toEqual([]);
    }
    expect(toFileChanges([null, 7, "x", { Path: "/a" }, { Kind: 1 }, { Path: "/b", Kind: 9 }, { Path: "/c", Kind: "1" }, { Path: "/d", Kind: 1 }])).toEqual([
      { path: "/d", kind: "added" },
    ]);
  });
});
