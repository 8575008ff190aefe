import { describe, expect, it } from "vitest";
import { archiveGetQuery, archivePutQuery, containerPath, normalizeContainerPath, uploadFileName } from "./files";

describe("containerPath", () => {
  it("accepts absolute paths and normalises slashes and dots", () => {
    expect(containerPath.parse("/")).toBe("/");
    expect(containerPath.parse("/etc/passwd")).toBe("/etc/passwd");
    expect(containerPath.parse("/data//new.txt")).toBe("/data/new.txt");
    expect(containerPath.parse("/data/./x/")).toBe("/data/x");
    expect(containerPath.parse("/a file with spaces/ünïcode")).toBe("/a file with spaces/ünïcode");
    expect(containerPath.parse("/..hidden/...")).toBe("/..hidden/...");
  });

  it.each([
    ["", "required"],
    ["etc/passwd", "absolute"],
    ["./etc", "absolute"],
    ["../../etc/passwd", "absolute"],
    ["/../../etc/passwd", ".."],
    ["/data/../etc", ".."],
    ["/data/..", ".."],
    ["/etc/passwd\u0000.txt", "NUL"],
    ["/etc/\nx", "control"],
    ["\\etc\\passwd", "backslash"],
    ["/data\\..\\etc", "backslash"],
    ["C:\\Windows", "backslash"],
    ["~/x", "absolute"],
    ["/" + "a".repeat(5000), "longer"],
  ])("refuses %j", (input, message) => {
    const r = containerPath.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain(message);
  });

  it("refuses non-strings", () => {
    expect(containerPath.safeParse(undefined).success).toBe(false);
    expect(containerPath.safeParse(42).success).toBe(false);
  });

  it("normalize keeps the root", () => {
    expect(normalizeContainerPath("///")).toBe("/");
  });
});

describe("uploadFileName", () => {
  it("accepts plain names", () => {
    for (const n of ["a.txt", ".env", "report 2026.pdf", "ü.txt", "..a", "a.."]) expect(uploadFileName.parse(n)).toBe(n);
  });

  it.each(["", ".", "..", "a/b", "../x", "/x", "a\\b", "a\u0000b", "a\tb", "é".repeat(200)])("refuses %j", (n) => {
    expect(uploadFileName.safeParse(n).success).toBe(false);
  });
});

describe("archive queries", () => {
  it("defaults the download format to auto and refuses unknown keys", () => {
    expect(archiveGetQuery.parse({ path: "/etc" })).toEqual({ path: "/etc", format: "auto" });
    expect(archiveGetQuery.safeParse({ path: "/etc", format: "zip" }).success).toBe(false);
    expect(archiveGetQuery.safeParse({ path: "/etc", hostPath: "/root" }).success).toBe(false);
  });

  it("needs a destination folder and a name to upload", () => {
    expect(archivePutQuery.parse({ path: "/tmp/", name: "a.txt" })).toEqual({ path: "/tmp", name: "a.txt" });
    expect(archivePutQuery.safeParse({ path: "/tmp" }).success).toBe(false);
    expect(archivePutQuery.safeParse({ path: "tmp", name: "a" }).success).toBe(false);
  });
});
