import "server-only";
import type { DiskUsageLine, EngineFacts } from "@/lib/shared/types/system";
import type { Engine } from "./engine";
import { isHelper } from "./helpers";

// Engine JSON (API 1.41) → our types. Kept apart from the calls so they are testable without an engine.

export interface RawInfo {
  Name?: string;
  ServerVersion?: string;
  OSType?: string;
  OperatingSystem?: string;
  KernelVersion?: string;
  Architecture?: string;
  Driver?: string;
  CgroupDriver?: string;
  CgroupVersion?: string;
  DockerRootDir?: string;
  LoggingDriver?: string;
  Runtimes?: Record<string, unknown> | null;
  DefaultRuntime?: string;
  SecurityOptions?: string[] | null;
  IndexServerAddress?: string;
  RegistryConfig?: {
    InsecureRegistryCIDRs?: string[] | null;
    IndexConfigs?: Record<string, { Name?: string; Secure?: boolean; Mirrors?: string[] | null }> | null;
    Mirrors?: string[] | null;
  } | null;
  Containers?: number;
  ContainersRunning?: number;
  ContainersPaused?: number;
  ContainersStopped?: number;
  Images?: number;
  NCPU?: number;
  MemTotal?: number;
  LiveRestoreEnabled?: boolean;
  ExperimentalBuild?: boolean;
  Warnings?: string[] | null;
}

export interface RawVersion {
  Version?: string;
  ApiVersion?: string;
  MinAPIVersion?: string;
  GitCommit?: string;
  GoVersion?: string;
}

export interface RawDfImage {
  Id?: string;
  ParentId?: string;
  RepoTags?: string[] | null;
  Created?: number;
  Size?: number;
  SharedSize?: number;
  Containers?: number;
  Labels?: Record<string, string> | null;
}

export interface RawDfContainer {
  Id?: string;
  Names?: string[] | null;
  Image?: string;
  ImageID?: string;
  Created?: number;
  State?: string;
  /** "Exited (137) 5 minutes ago": the list's only word on the exit code. */
  Status?: string;
  SizeRw?: number;
  Labels?: Record<string, string> | null;
  Mounts?: { Type?: string; Name?: string }[] | null;
  NetworkSettings?: { Networks?: Record<string, { NetworkID?: string }> | null } | null;
}

export interface RawDfVolume {
  Name?: string;
  Driver?: string;
  CreatedAt?: string;
  Labels?: Record<string, string> | null;
  UsageData?: { Size?: number; RefCount?: number } | null;
}

export interface RawBuildCache {
  ID?: string;
  Parent?: string;
  Parents?: string[] | null;
  Type?: string;
  Description?: string;
  InUse?: boolean;
  Shared?: boolean;
  Size?: number;
  CreatedAt?: string;
  LastUsedAt?: string | null;
}

export interface RawDiskUsage {
  LayersSize?: number;
  Images?: RawDfImage[] | null;
  Containers?: RawDfContainer[] | null;
  Volumes?: RawDfVolume[] | null;
  BuildCache?: RawBuildCache[] | null;
  BuilderSize?: number;
}

/** "name=seccomp,profile=default" → "seccomp (profile=default)", as `docker info` lists them. */
export function describeSecurityOption(option: string): string {
  const fields = option.split(",").map((f) => f.split("=") as [string, string?]);
  const name = fields.find(([k]) => k === "name")?.[1];
  if (!name) return option;
  const rest = fields.filter(([k]) => k !== "name").map(([k, v]) => (v === undefined ? k : `${k}=${v}`));
  return rest.length ? `${name} (${rest.join(", ")})` : name;
}

export function toEngineFacts(info: RawInfo, version: RawVersion): EngineFacts {
  const registry = info.RegistryConfig ?? {};
  const insecureIndexes = Object.values(registry.IndexConfigs ?? {})
    .filter((c) => c.Secure === false && c.Name)
    .map((c) => c.Name!);
  return {
    name: info.Name ?? "",
    version: version.Version ?? info.ServerVersion ?? "",
    apiVersion: version.ApiVersion ?? "",
    minApiVersion: version.MinAPIVersion ?? "",
    gitCommit: version.GitCommit ?? "",
    goVersion: version.GoVersion ?? "",
    osType: info.OSType ?? "",
    operatingSystem: info.OperatingSystem ?? "",
    kernelVersion: info.KernelVersion ?? "",
    architecture: info.Architecture ?? "",
    storageDriver: info.Driver ?? "",
    cgroupDriver: info.CgroupDriver ?? "",
    cgroupVersion: info.CgroupVersion ?? "",
    dockerRootDir: info.DockerRootDir ?? "",
    loggingDriver: info.LoggingDriver ?? "",
    runtimes: Object.keys(info.Runtimes ?? {}).sort(),
    defaultRuntime: info.DefaultRuntime ?? "",
    securityOptions: (info.SecurityOptions ?? []).map(describeSecurityOption),
    indexServer: info.IndexServerAddress ?? "",
    registryMirrors: registry.Mirrors ?? [],
    insecureRegistries: [...insecureIndexes, ...(registry.InsecureRegistryCIDRs ?? [])],
    containers: {
      total: info.Containers ?? 0,
      running: info.ContainersRunning ?? 0,
      paused: info.ContainersPaused ?? 0,
      stopped: info.ContainersStopped ?? 0,
    },
    images: info.Images ?? 0,
    cpus: info.NCPU ?? 0,
    memory: info.MemTotal ?? 0,
    liveRestore: info.LiveRestoreEnabled === true,
    experimental: info.ExperimentalBuild === true,
    warnings: info.Warnings ?? [],
  };
}

const ACTIVE_STATES = new Set(["running", "paused", "restarting"]);

/**
 * The four lines of `docker system df`, with the docker CLI's own arithmetic (cli/command/formatter/disk_usage.go)
 * so the numbers match what the user sees in a terminal.
 */
export function summarizeDiskUsage(df: RawDiskUsage): DiskUsageLine[] {
  const images = df.Images ?? [];
  const layersSize = df.LayersSize ?? 0;
  const usedByContainers = images
    .filter((i) => (i.Containers ?? 0) > 0 && (i.Size ?? -1) !== -1 && (i.SharedSize ?? -1) !== -1)
    .reduce((sum, i) => sum + (i.Size ?? 0) - (i.SharedSize ?? 0), 0);

  const containers = df.Containers ?? [];
  const containerSize = containers.reduce((sum, c) => sum + (c.SizeRw ?? 0), 0);
  const idleContainerSize = containers.filter((c) => !ACTIVE_STATES.has(c.State ?? "")).reduce((sum, c) => sum + (c.SizeRw ?? 0), 0);

  const volumes = df.Volumes ?? [];
  const volumeSize = (v: RawDfVolume) => Math.max(0, v.UsageData?.Size ?? 0);
  const cache = df.BuildCache ?? [];

  return [
    {
      kind: "images",
      label: "Images",
      total: images.length,
      active: images.filter((i) => (i.Containers ?? 0) > 0).length,
      size: layersSize,
      reclaimable: Math.max(0, layersSize - usedByContainers),
    },
    {
      kind: "containers",
      label: "Containers",
      total: containers.length,
      active: containers.filter((c) => ACTIVE_STATES.has(c.State ?? "")).length,
      size: containerSize,
      reclaimable: idleContainerSize,
    },
    {
      kind: "volumes",
      label: "Local Volumes",
      total: volumes.length,
      active: volumes.filter((v) => (v.UsageData?.RefCount ?? 0) > 0).length,
      size: volumes.reduce((sum, v) => sum + volumeSize(v), 0),
      reclaimable: volumes.filter((v) => (v.UsageData?.RefCount ?? 0) === 0).reduce((sum, v) => sum + volumeSize(v), 0),
    },
    {
      kind: "buildCache",
      label: "Build Cache",
      total: cache.length,
      active: cache.filter((r) => r.InUse).length,
      size: cache.filter((r) => !r.Shared).reduce((sum, r) => sum + (r.Size ?? 0), 0),
      reclaimable: Math.max(0, (df.BuilderSize ?? 0) - cache.filter((r) => r.InUse && !r.Shared).reduce((sum, r) => sum + (r.Size ?? 0), 0)),
    },
  ];
}

function countBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * `system df` as if Berth's helper containers were not there: their rows gone, and the images and volumes they hold
 * no longer counted as used by them (a volume being browsed is as unused as it was before the user looked).
 */
export function dfWithoutHelpers(df: RawDiskUsage): RawDiskUsage {
  const all = df.Containers ?? [];
  const helpers = all.filter((c) => isHelper(c.Labels));
  if (helpers.length === 0) return df;
  const byImage = countBy(helpers, (c) => (c.ImageID ? [c.ImageID] : []));
  const byVolume = countBy(helpers, (c) => [...new Set((c.Mounts ?? []).filter((m) => m.Type === "volume" && m.Name).map((m) => m.Name!))]);
  return {
    ...df,
    Containers: all.filter((c) => !isHelper(c.Labels)),
    Images: df.Images?.map((i) => {
      const n = byImage.get(i.Id ?? "") ?? 0;
      return n && (i.Containers ?? -1) > 0 ? { ...i, Containers: Math.max(0, i.Containers! - n) } : i;
    }),
    Volumes: df.Volumes?.map((v) => {
      const n = byVolume.get(v.Name ?? "") ?? 0;
      const refs = v.UsageData?.RefCount ?? -1;
      return n && refs > 0 ? { ...v, UsageData: { ...v.UsageData, RefCount: Math.max(0, refs - n) } } : v;
    }),
  };
}

/** `docker info`'s container counts without Berth's helpers (listed with their state). */
export function infoWithoutHelpers(info: RawInfo, helpers: readonly { state: string }[]): RawInfo {
  if (helpers.length === 0) return info;
  const inState = (state: string) => helpers.filter((c) => c.state === state).length;
  const less = (n: number | undefined, by: number) => (n === undefined ? undefined : Math.max(0, n - by));
  return {
    ...info,
    Containers: less(info.Containers, helpers.length),
    ContainersRunning: less(info.ContainersRunning, inState("running")),
    ContainersPaused: less(info.ContainersPaused, inState("paused")),
    ContainersStopped: less(info.ContainersStopped, helpers.length - inState("running") - inState("paused")),
  };
}
