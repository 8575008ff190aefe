import type { ChangeKind, FileChange } from "@/lib/shared/types/files";

// `docker diff` is a flat, sorted list in which a changed folder comes before the entries under it.
// The Files tab shows it as a tree; a folder the engine did not list itself still appears (kind
// undefined) so that every entry has a parent.

export interface DiffNode {
  name: string;
  path: string;
  kind?: ChangeKind;
  children: DiffNode[];
}

export function buildDiffTree(changes: readonly FileChange[]): DiffNode[] {
  const root: DiffNode = { name: "", path: "", children: [] };
  const index = new Map<string, DiffNode>([["", root]]);
  for (const change of changes) {
    const parts = change.path.split("/").filter(Boolean);
    let parent = root;
    let path = "";
    for (const part of parts) {
      path = `${path}/${part}`;
      let node = index.get(path);
      if (!node) {
        node = { name: part, path, children: [] };
        index.set(path, node);
        parent.children.push(node);
      }
      parent = node;
    }
    parent.kind = change.kind;
  }
  const sort = (nodes: DiffNode[]) => {
    nodes.sort((a, b) => a.name.localeCompare(b.name));
    for (const n of nodes) sort(n.children);
  };
  sort(root.children);
  return root.children;
}

/** Entries whose path contains `query` (case-insensitive); an empty query keeps all. */
export function filterChanges(changes: readonly FileChange[], query: string, kinds?: ReadonlySet<ChangeKind>): FileChange[] {
  const q = query.trim().toLowerCase();
  return changes.filter((c) => (!q || c.path.toLowerCase().includes(q)) && (!kinds || kinds.has(c.kind)));
}

export function countKinds(changes: readonly FileChange[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { added: 0, changed: 0, deleted: 0 };
  for (const c of changes) counts[c.kind]++;
  return counts;
}

/** Every folder path in the tree, for "expand all". */
export function folderPaths(nodes: readonly DiffNode[], out: string[] = []): string[] {
  for (const n of nodes) {
    if (n.children.length) {
      out.push(n.path);
      folderPaths(n.children, out);
    }
  }
  return out;
}
