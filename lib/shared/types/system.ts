import type { ComposeStatus } from "./stacks";

// Berth's view of `docker info`, `docker version` and `docker system df` (types only, for the browser too).

export interface EngineFacts {
  /** The engine host's name. */
  name: string;
  version: string;
  apiVersion: string;
  minApiVersion: string;
  gitCommit: string;
  goVersion: string;
  /** "linux" or "windows". */
  osType: string;
  operatingSystem: string;
  kernelVersion: string;
  architecture: string;
  storageDriver: string;
  cgroupDriver: string;
  cgroupVersion: string;
  dockerRootDir: string;
  loggingDriver: string;
  runtimes: string[];
  defaultRuntime: string;
  /** "seccomp (profile=default)", "cgroupns", … */
  securityOptions: string[];
  /** The index the engine pulls unqualified names from. */
  indexServer: string;
  registryMirrors: string[];
  /** CIDRs and registries the engine talks to without TLS. */
  insecureRegistries: string[];
  containers: { total: number; running: number; paused: number; stopped: number };
  images: number;
  cpus: number;
  /** Bytes. */
  memory: number;
  liveRestore: boolean;
  experimental: boolean;
  warnings: string[];
}

export type DiskKind = "images" | "containers" | "volumes" | "buildCache";

/** One line of `docker system df`, in bytes, computed the way the docker CLI computes it. */
export interface DiskUsageLine {
  kind: DiskKind;
  /** "Images", "Containers", "Local Volumes", "Build Cache": the CLI's TYPE column. */
  label: string;
  total: number;
  active: number;
  size: number;
  reclaimable: number;
}

export interface SystemOverview {
  engine: EngineFacts;
  compose: ComposeStatus;
}

/** What the default cleanup would remove of one kind: rows offered and the bytes they add up to. */
export interface ReclaimableKind {
  count: number;
  bytes: number;
}

/**
 * One engine's disk figures as the server keeps them (one `system df` at a time for every watcher) and pushes them
 * over socket.io as `disk:summary`: what the header's "Clean up" button and the System screen's disk table show.
 */
export type DiskSummary =
  | {
      state: "measured";
      /** The host id ("local"). */
      engine: string;
      /** ISO time Berth asked for the df behind these figures: nothing the engine did before then is missing. */
      measuredAt: string;
      /** An engine event since then may have changed them: a new measurement is on its way. */
      updating: boolean;
      /** What the default cleanup (`GET /api/cleanup`, no options) would give back: the header button's figure. */
      reclaimableBytes: number;
      /** The same, per kind (networks free no space and are left out). */
      reclaimable: { containers: ReclaimableKind; images: ReclaimableKind; volumes: ReclaimableKind; buildCache: ReclaimableKind };
      /** The four lines of `docker system df`. */
      disk: DiskUsageLine[];
    }
  | {
      state: "unavailable";
      engine: string;
      /** Why there is no figure: the engine is not reachable, or its df failed. */
      message: string;
      /** ISO time since when. */
      since: string;
    };

/** Socket events of the disk channel, server → browser. */
export interface DiskServerEvents {
  "disk:summary": (summary: DiskSummary) => void;
}

/** Socket events of the disk channel, browser → server: no payload (the socket's engine). */
export interface DiskClientEvents {
  "disk:watch": () => void;
  "disk:unwatch": () => void;
}
