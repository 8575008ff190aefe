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
  disk: DiskUsageLine[];
}
