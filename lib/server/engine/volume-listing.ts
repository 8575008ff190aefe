import "server-only";
import type { Readable } from "node:stream";
import tar from "tar-stream";
import type { VolumeFileEntry, VolumeListing, VolumeListingPartial } from "@/lib/shared/types/volumes";

/** A listing before the caller says which way it was read. */
export type FolderListing = Omit<VolumeListing, "method">;

// One folder of a volume, read two ways: from `stat` lines printed by a helper that has a shell, or from the tar
// headers of the engine's archive of the folder (any image, never started). The archive is recursive — the engine
// walks the whole subtree and sends every file's bytes — so reading it is bounded in entries, bytes and time, and a
// listing cut short by a bound says so rather than passing for the whole folder.

/** The most entries of one folder Berth lists at once. */
export const MAX_LISTED = 2000;

export interface ArchiveBounds {
  /** Tar entries (the folder's whole subtree) read at most. */
  entries: number;
  /** Archive bytes read at most (file contents included). */
  bytes: number;
  /** Milliseconds spent reading at most. */
  ms: number;
}

export const ARCHIVE_BOUNDS: ArchiveBounds = { entries: 20_000, bytes: 256 * 1024 * 1024, ms: 10_000 };

/** Folders first, then by name: how a file browser lists. */
export function sortEntries(entries: VolumeFileEntry[]): VolumeFileEntry[] {
  return entries.sort((a, b) =>
    (a.type === "directory") === (b.type === "directory") ? a.name.localeCompare(b.name) : a.type === "directory" ? -1 : 1,
  );
}

function childPath(dir: string, name: string): string {
  return `${dir === "/" ? "" : dir}/${name}`;
}

const TYPE_BITS: Record<number, VolumeFileEntry["type"]> = { 0x4000: "directory", 0x8000: "file", 0xa000: "symlink" };

/** `stat -c '%f|%s|%Y|%n'` lines → entries; a name may itself hold `|`, so only the first three split. */
export function parseStatLines(text: string, dir: string): VolumeFileEntry[] {
  const entries: VolumeFileEntry[] = [];
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]+)\|(\d+)\|(\d+)\|\.\/(.+)$/.exec(line);
    if (!m) continue;
    const mode = parseInt(m[1]!, 16);
    const name = m[4]!;
    entries.push({ name, path: childPath(dir, name), type: TYPE_BITS[mode & 0xf000] ?? "other", size: Number(m[2]), mtime: Number(m[3]) });
  }
  return sortEntries(entries);
}

function entryType(type: tar.Headers["type"]): VolumeFileEntry["type"] {
  switch (type) {
    case "file":
    case "contiguous-file":
    case "link": // a hard link is a regular file whose bytes came earlier in the archive
      return "file";
    case "directory":
      return "directory";
    case "symlink":
      return "symlink";
    default:
      return "other";
  }
}

/**
 * The direct children of the folder `archive` is the engine's archive of (`GET /containers/{id}/archive`: its first
 * entry is the folder itself, `name/`, then the subtree below it, `name/child`, `name/child/grandchild`…). Reads until
 * the archive ends or a bound is reached; `stop` is called either way so the engine stream is dropped at once.
 */
export function listArchiveDir(archive: Readable, dir: string, stop: () => void, bounds: ArchiveBounds = ARCHIVE_BOUNDS): Promise<FolderListing> {
  return new Promise((resolve, reject) => {
    const extract = tar.extract();
    const entries: VolumeFileEntry[] = [];
    // Hard links name an earlier entry; its size is the link's.
    const sizes = new Map<string, number>();
    let root: string | undefined;
    let scanned = 0;
    let bytes = 0;
    let settled = false;
    let truncated = false;

    const finish = (partial?: VolumeListingPartial["reason"]) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stop();
      archive.unpipe(extract);
      extract.destroy();
      resolve({ path: dir, entries: sortEntries(entries), truncated, ...(partial ? { partial: { reason: partial, scanned, bytes } } : {}) });
    };
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      stop();
      extract.destroy();
      reject(err);
    };
    const timer = setTimeout(() => finish("time"), bounds.ms);

    archive.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > bounds.bytes) finish("bytes");
    });
    archive.on("error", fail);
    extract.on("error", fail);
    extract.on("finish", () => finish());
    extract.on("entry", (header: tar.Headers, body: NodeJS.ReadableStream, next: () => void) => {
      body.on("end", next);
      body.resume();
      if (settled) return;
      // One entry beyond the bound: only then is there something the listing will not show.
      if (scanned === bounds.entries) {
        finish("entries");
        return;
      }
      scanned++;
      const name = header.name.replace(/\/+$/, "");
      if (root === undefined) {
        root = name; // the folder itself
      } else if (name.startsWith(`${root}/`)) {
        const rel = name.slice(root.length + 1);
        const type = entryType(header.type);
        const size = header.type === "link" ? (sizes.get(header.linkname ?? "") ?? 0) : type === "file" ? (header.size ?? 0) : 0;
        if (type === "file") sizes.set(header.name, size);
        if (rel && !rel.includes("/")) {
          if (entries.length >= MAX_LISTED) {
            truncated = true;
            finish();
            return;
          }
          entries.push({ name: rel, path: childPath(dir, rel), type, size, mtime: Math.floor((header.mtime?.getTime() ?? 0) / 1000) });
        }
      }
    });
    archive.pipe(extract);
  });
}
