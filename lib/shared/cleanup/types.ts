// What the cleanup rules look at and what the preview shows: our own shapes (types only, so the browser can
// `import type` them), mapped from the engine's JSON in lib/server/engine/cleanup-facts.ts.

/** The label that keeps a container, image, volume or network out of every cleanup. */
export const PROTECT_LABEL = "berth.protect";

export interface ContainerFacts {
  id: string;
  name: string;
  state: string;
  /** The main process's exit code, when the engine says (exited containers). */
  exitCode?: number;
  /** Full image id (`sha256:…`) the container runs: the engine's `ImageID`, not its `Image` reference. */
  imageId: string;
  image: string;
  /** Unix seconds. */
  created: number;
  /** Writable layer bytes (`SizeRw`); 0 when the engine did not measure. */
  sizeRw: number;
  labels: Record<string, string>;
  /** Names of the volumes it mounts (running or not), from its mounts, `HostConfig.Binds` and `HostConfig.Mounts`. */
  volumes: string[];
  /** Ids and names of the networks it is connected to (a stopped container stays connected). */
  networks: string[];
}

export interface ImageFacts {
  id: string;
  parentId: string;
  tags: string[];
  /** Unix seconds. */
  created: number;
  size: number;
  /** Bytes shared with other images (from `system df`); -1 when unknown. */
  sharedSize: number;
  labels: Record<string, string>;
}

export interface VolumeFacts {
  name: string;
  driver: string;
  /** RFC 3339 when the engine says. */
  createdAt?: string;
  labels: Record<string, string>;
  /** Bytes from `system df`; -1 when the driver cannot tell or it was not measured. */
  size: number;
  /** The engine's own count of containers using it (`system df`); -1 when unknown. */
  refCount: number;
}

export interface NetworkFacts {
  id: string;
  name: string;
  driver: string;
  scope: string;
  createdAt?: string;
  labels: Record<string, string>;
  /** Swarm's routing-mesh network. */
  ingress: boolean;
  /** Active endpoints the engine reports for it (network inspect); 0 from a list. */
  endpoints: number;
}

export interface BuildCacheFacts {
  id: string;
  parent: string;
  type: string;
  description: string;
  inUse: boolean;
  /** Shared with an image: pruning it frees nothing while the image exists. */
  shared: boolean;
  size: number;
  createdAt?: string;
  lastUsedAt?: string;
}

/** Everything the rules need, from one look at the engine. */
export interface EngineSnapshot {
  containers: ContainerFacts[];
  /** Top-level images (`docker images`). */
  images: ImageFacts[];
  /** Parent ids of every image, intermediate layers included (`docker images -a`). */
  parentIds: string[];
  volumes: VolumeFacts[];
  networks: NetworkFacts[];
  buildCache: BuildCacheFacts[];
}

export interface CleanupOptions {
  /** Tagged images no container uses, not only dangling ones. */
  unusedImages: boolean;
  /** Only what is older than this many hours. */
  olderThanHours?: number;
  /** ms since epoch: "now" for the age rule. */
  now: number;
}

/** A rule's answer for one resource. */
export type Verdict =
  | { offer: true; reason: string }
  | { offer: false; reason: string; protected?: boolean };

export type CleanupKind = "containers" | "images" | "volumes" | "networks" | "buildCache";

interface RowBase {
  id: string;
  name: string;
  /** ISO time. */
  created?: string;
  /** Bytes removing it gives back (an estimate for images: their unique layers). */
  size: number;
  /** Why it is listed. */
  reason: string;
  /** The Compose project it belonged to, when its labels name one. */
  project?: string;
}

export interface ContainerRow extends RowBase {
  state: string;
  image: string;
}

export interface ImageRow extends RowBase {
  tags: string[];
}

export interface VolumeRow extends RowBase {
  driver: string;
  anonymous: boolean;
}

export interface NetworkRow extends RowBase {
  driver: string;
}

export interface BuildCacheRow extends RowBase {
  type: string;
}

export interface ProtectedRow {
  kind: Exclude<CleanupKind, "buildCache">;
  id: string;
  name: string;
  /** What would have been offered, and that the label keeps it. */
  reason: string;
}

export interface CleanupPreview {
  containers: ContainerRow[];
  images: ImageRow[];
  volumes: VolumeRow[];
  networks: NetworkRow[];
  buildCache: {
    records: BuildCacheRow[];
    size: number;
    /** How Berth removes it (the engine's build-cache prune, one record id at a time). */
    note: string;
  };
  protected: ProtectedRow[];
  /** Bytes the offered rows add up to. */
  reclaimableBytes: number;
  options: { unusedImages: boolean; olderThanHours?: number };
}

export interface RemovedItem {
  kind: CleanupKind;
  id: string;
  name: string;
  size: number;
}

export interface SkippedItem {
  kind: CleanupKind;
  id: string;
  name?: string;
  reason: string;
}

export interface CleanupResult {
  removed: RemovedItem[];
  skipped: SkippedItem[];
  reclaimedBytes: number;
}
