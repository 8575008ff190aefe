// Berth's view of volumes: types only, so client code can `import type` them.
import type { VolumeSummary } from "./container-config";

/** A container that mounts the volume, running or not. */
export interface VolumeUser {
  id: string;
  name: string;
  state: string;
  destination: string;
  readOnly: boolean;
}

export interface VolumeInfo extends VolumeSummary {
  /** RFC 3339, when the engine says. */
  createdAt?: string;
  scope: string;
  labels: Record<string, string>;
  options: Record<string, string>;
  /** Bytes from `docker system df -v`; absent unless asked for, or when the driver cannot tell (-1 from the engine). */
  size?: number;
  users: VolumeUser[];
}

export interface VolumeDetail extends VolumeInfo {
  /** The engine's inspect JSON as it came. */
  raw: Record<string, unknown>;
}

/** One entry of a volume folder, as Berth's read-only helper container saw it. */
export interface VolumeFileEntry {
  name: string;
  /** Path inside the volume, from its root ("/logs/app.log"). */
  path: string;
  type: "file" | "directory" | "symlink" | "other";
  size: number;
  /** Unix seconds. */
  mtime: number;
}

/**
 * Why a listing read from the engine's archive of the folder stopped before the archive ended. The archive holds the
 * folder's whole subtree, file contents included, so Berth reads at most so many entries, bytes or seconds of it: the
 * entries shown are real, but entries of the folder that came later in the archive are missing.
 */
export interface VolumeListingPartial {
  reason: "entries" | "bytes" | "time";
  /** Archive entries (the whole subtree) read before stopping. */
  scanned: number;
  /** Archive bytes read before stopping. */
  bytes: number;
}

export interface VolumeListing {
  path: string;
  entries: VolumeFileEntry[];
  /** The folder holds more entries than Berth lists at once. */
  truncated: boolean;
  /** Present when the listing may miss entries: the archive read was cut short (see VolumeListingPartial). */
  partial?: VolumeListingPartial;
  /** How this folder was read. */
  method: VolumeListingMethod;
}

/**
 * How a browse session lists folders. `shell`: the helper runs (`sh` waiting on stdin) and each folder is one `find`
 * run in it, exact and quick. `archive`: no image on the engine has a shell, so the helper is never started and a
 * folder is read from the tar headers of the engine's archive of it (bounded; see VolumeListingPartial).
 */
export type VolumeListingMethod = "shell" | "archive";

/** A volume browse session: one read-only helper container, removed when the session ends. */
export interface VolumeBrowseSession {
  id: string;
  volume: string;
  method: VolumeListingMethod;
  /** The local image the helper was made from (a tag when it has one, else its id). */
  image: string;
  /** The session ends after this many seconds without a listing or download. */
  idleSeconds: number;
}
