// Berth's own image shapes (types only, so client code can `import type` them).
import type { ImageSummary } from "./container-config";

/** A row of the images screen: the picker's summary plus what the list shows and filters on. */
export interface ImageListItem extends ImageSummary {
  /** "repo@sha256:…" digests the image is known by in registries. */
  digests: string[];
  /** No tag at all: a leftover of a re-tag or a build (`docker images -f dangling=true`). */
  dangling: boolean;
  /** Parent image id, set for intermediate layers of local builds. */
  parentId: string;
  labels: Record<string, string>;
}

export interface ImageConfigView {
  entrypoint: string[];
  cmd: string[];
  env: string[];
  exposedPorts: string[];
  volumes: string[];
  labels: Record<string, string>;
  workingDir: string;
  user: string;
}

export interface ImageDetail {
  id: string;
  tags: string[];
  digests: string[];
  /** ISO time. */
  created: string;
  size: number;
  architecture: string;
  os: string;
  author: string;
  parentId: string;
  config: ImageConfigView;
}

export interface ImageHistoryLayer {
  /** Layer image id, or "" for layers that came from a registry ("<missing>"). */
  id: string;
  /** Unix seconds. */
  created: number;
  /** The instruction, with the builder's "/bin/sh -c #(nop) " prefix removed. */
  createdBy: string;
  size: number;
  comment: string;
  tags: string[];
}

export type TaskState = "running" | "succeeded" | "failed" | "cancelled";

export interface TaskLayer {
  id: string;
  status: string;
  /** Bytes done and total for the current phase (download or extract), when the engine says. */
  current?: number;
  total?: number;
}

/**
 * A build's output as lines, bounded: the oldest lines go past the bound and are counted. `open`
 * says the last line has not ended yet (the engine sends output in arbitrary chunks).
 */
export interface TaskOutput {
  lines: string[];
  open: boolean;
  dropped: number;
}

/** A long engine job (a pull, push or build) the task centre follows across pages and reloads. */
export interface Task {
  id: string;
  /** compose: a Compose CLI command on a stack (up, down, scale…), its output streamed into `output`. */
  /** containers: one lifecycle verb on many containers (the list's bulk bar), a result per container in `results`. */
  kind: "pull" | "push" | "build" | "compose" | "containers";
  /** What the task works on, e.g. the image reference. */
  target: string;
  state: TaskState;
  /** Engine's last overall status line ("Pulling from …", "Status: Downloaded newer image …"). */
  status: string;
  layers: TaskLayer[];
  /** ms since epoch. */
  startedAt: number;
  finishedAt?: number;
  error?: string;
  /** Builds and compose commands: the output lines. */
  output?: TaskOutput;
  /** Builds: the image made, once the engine reports it. */
  imageId?: string;
  /** Bulk container tasks: how each container fared, in the order asked. */
  results?: ContainerTaskResult[];
}

export interface ContainerTaskResult {
  id: string;
  name: string;
  outcome: "pending" | "done" | "skipped" | "failed";
  /** Why it was skipped or failed, in the engine's words. */
  message?: string;
}
