// Types for a container's filesystem views (diff, archive stat), shared by the server and the browser.
// Types only: client code imports these with `import type`.

/** One line of `docker diff`: the engine's Kind 0/1/2 as words. */
export type ChangeKind = "added" | "changed" | "deleted";

export interface FileChange {
  path: string;
  kind: ChangeKind;
}

export interface ContainerDiff {
  changes: FileChange[];
}

/** What the engine tells of one path inside a container (`HEAD /containers/:id/archive`). */
export interface PathStat {
  path: string;
  name: string;
  /** Bytes; for a directory, the engine's own (small, meaningless) figure. */
  size: number;
  type: "file" | "directory" | "symlink" | "other";
  /** Permission bits as in `ls -l`, e.g. "rw-r--r--". */
  mode: string;
  mtime: string;
  /** Where a symlink points, as stored in the container. */
  linkTarget?: string;
}

export interface UploadResult {
  path: string;
  size: number;
}
