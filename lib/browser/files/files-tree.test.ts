import { describe, expect, it } from "vitest";
import { buildDiffTree, countKinds, filterChanges, folderPaths } from "./files-tree";

const changes = [
  { path: "/bin", kind: "changed" as const },
  { path: "/bin/vi", kind: "deleted" as const },
  { path: "/data", kind: "added" as const },
  { path: "/data/new.txt", kind: "added" as const },
  { path: "/etc/group", kind: "changed" as const },
];

describe("buildDiffTree", () => {
  it("nests entries under their folders and keeps unlisted parents", () => {
    const tree = buildDiffTree(changes);
    expect(tree.map((n) => [n.name, n.kind])).toEqual([
      ["bin", "changed"],
      ["data", "added"],
      ["etc", undefined],
    ]);
    expect(tree[1]!.children).toEqual([{ name: "new.txt", path: "/data/new.txt", kind: "added", children: [] }]);
    expect(folderPaths(tree)).toEqual(["/bin", "/data", "/etc"]);
  });

  it("is empty for no changes", () => {
    expect(buildDiffTree([])).toEqual([]);
  });
});

describe("filters and counts", () => {
  it("filters by path and kind", () => {
    expect(filterChanges(changes, "NEW").map((c) => c.path)).toEqual(["/data/new.txt"]);
    expect(filterChanges(changes, "", new Set(["deleted"] as const)).map((c) => c.path)).toEqual(["/bin/vi"]);
    expect(countKinds(changes)).toEqual({ added: 2, changed: 2, deleted: 1 });
  });
});
