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

/** One entry of a volume folder, as the read-only helper container saw it. */
export interface VolumeFileEntry {
  name: string;
  /** Path inside the volume, from its root ("/logs/app.log"). */
  path: string;
  type: "file" | "directory" | "symlink" | "other";
  size: number;
  /** Unix seconds. */
  mtime: number;
}

export interface VolumeListing {
  path: string;
  entries: VolumeFileEntry[];
  /** More entries than Berth lists at once. */
  truncated: boolean;
}
