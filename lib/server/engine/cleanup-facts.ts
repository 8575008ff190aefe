import "server-only";
import type { BuildCacheFacts, ContainerFacts, ImageFacts, NetworkFacts, VolumeFacts } from "@/lib/shared/cleanup/types";
import type { RawBuildCache, RawDfContainer, RawDfImage, RawDfVolume } from "./system-mappers";
import type { Engine } from "./engine";

// Engine JSON → the facts the cleanup rules read. The same rule judges the preview (from `system df` and lists)
// and the re-check just before removal (from inspect), so both shapes map to one type here.

interface RawMountsHolder {
  Mounts?: { Type?: string; Name?: string }[] | null;
  HostConfig?: { Binds?: string[] | null; Mounts?: { Type?: string; Source?: string }[] | null } | null;
}

/**
 * Volumes a container mounts. The engine's `Mounts` come from its mount points (both `-v` and `--mount`); when
 * the inspect JSON is at hand, `HostConfig.Binds` ("name:/path") and `HostConfig.Mounts` (type volume) are
 * read too, so a volume named in either is never taken for unused.
 */
export function mountedVolumeNames(raw: RawMountsHolder): string[] {
  const names = new Set<string>();
  for (const m of raw.Mounts ?? []) if (m.Type === "volume" && m.Name) names.add(m.Name);
  for (const bind of raw.HostConfig?.Binds ?? []) {
    const source = bind.split(":")[0] ?? "";
    // A host path (or a Windows drive path) is a bind mount, anything else names a volume.
    if (source && !source.startsWith("/") && !/^[a-zA-Z]$/.test(source)) names.add(source);
  }
  for (const m of raw.HostConfig?.Mounts ?? []) if (m.Type === "volume" && m.Source) names.add(m.Source);
  return [...names];
}

function networkRefs(networks: Record<string, { NetworkID?: string }> | null | undefined): string[] {
  return Object.entries(networks ?? {}).flatMap(([name, ep]) => (ep.NetworkID ? [name, ep.NetworkID] : [name]));
}

function exitCodeFromStatus(status: string | undefined): number | undefined {
  const m = /^Exited \((-?\d+)\)/.exec(status ?? "");
  return m ? Number(m[1]) : undefined;
}

export function containerFactsFromList(raw: RawDfContainer): ContainerFacts {
  const id = raw.Id ?? "";
  return {
    id,
    name: (raw.Names?.[0] ?? id.slice(0, 12)).replace(/^\//, ""),
    state: raw.State ?? "",
    exitCode: exitCodeFromStatus(raw.Status),
    imageId: raw.ImageID ?? "",
    image: raw.Image ?? "",
    created: raw.Created ?? 0,
    sizeRw: raw.SizeRw ?? 0,
    labels: raw.Labels ?? {},
    volumes: mountedVolumeNames(raw),
    networks: networkRefs(raw.NetworkSettings?.Networks),
  };
}

export interface RawContainerInspect extends RawMountsHolder {
  Id?: string;
  Name?: string;
  Created?: string;
  /** Inspect's `Image` is the image id; the reference is `Config.Image`. */
  Image?: string;
  SizeRw?: number;
  State?: { Status?: string; ExitCode?: number } | null;
  Config?: { Image?: string; Labels?: Record<string, string> | null } | null;
  NetworkSettings?: { Networks?: Record<string, { NetworkID?: string }> | null } | null;
}

export function containerFactsFromInspect(raw: RawContainerInspect): ContainerFacts {
  const id = raw.Id ?? "";
  const created = raw.Created ? Date.parse(raw.Created) : NaN;
  return {
    id,
    name: (raw.Name ?? id.slice(0, 12)).replace(/^\//, ""),
    state: raw.State?.Status ?? "",
    exitCode: raw.State?.Status === "exited" ? raw.State.ExitCode : undefined,
    imageId: raw.Image ?? "",
    image: raw.Config?.Image ?? "",
    created: Number.isFinite(created) ? Math.floor(created / 1000) : 0,
    sizeRw: raw.SizeRw ?? 0,
    labels: raw.Config?.Labels ?? {},
    volumes: mountedVolumeNames(raw),
    networks: networkRefs(raw.NetworkSettings?.Networks),
  };
}

const realTags = (tags: string[] | null | undefined) => (tags ?? []).filter((t) => t && t !== "<none>:<none>");

export function imageFactsFromDf(raw: RawDfImage): ImageFacts {
  return {
    id: raw.Id ?? "",
    parentId: raw.ParentId ?? "",
    tags: realTags(raw.RepoTags),
    created: raw.Created ?? 0,
    size: raw.Size ?? 0,
    sharedSize: raw.SharedSize ?? -1,
    labels: raw.Labels ?? {},
  };
}

export interface RawImageInspect {
  Id?: string;
  Parent?: string;
  RepoTags?: string[] | null;
  Created?: string;
  Size?: number;
  Config?: { Labels?: Record<string, string> | null } | null;
}

export function imageFactsFromInspect(raw: RawImageInspect): ImageFacts {
  const created = raw.Created ? Date.parse(raw.Created) : NaN;
  return {
    id: raw.Id ?? "",
    parentId: raw.Parent ?? "",
    tags: realTags(raw.RepoTags),
    created: Number.isFinite(created) ? Math.floor(created / 1000) : 0,
    size: raw.Size ?? 0,
    sharedSize: -1,
    labels: raw.Config?.Labels ?? {},
  };
}

export function volumeFacts(raw: RawDfVolume): VolumeFacts {
  return {
    name: raw.Name ?? "",
    driver: raw.Driver ?? "",
    createdAt: raw.CreatedAt || undefined,
    labels: raw.Labels ?? {},
    size: raw.UsageData?.Size ?? -1,
    refCount: raw.UsageData?.RefCount ?? -1,
  };
}

export interface RawNetwork {
  Id?: string;
  Name?: string;
  Driver?: string;
  Scope?: string;
  Created?: string;
  Ingress?: boolean;
  Labels?: Record<string, string> | null;
  Containers?: Record<string, unknown> | null;
}

export function networkFacts(raw: RawNetwork): NetworkFacts {
  return {
    id: raw.Id ?? "",
    name: raw.Name ?? "",
    driver: raw.Driver ?? "",
    scope: raw.Scope ?? "",
    createdAt: raw.Created || undefined,
    labels: raw.Labels ?? {},
    ingress: raw.Ingress === true,
    endpoints: Object.keys(raw.Containers ?? {}).length,
  };
}

export function buildCacheFacts(raw: RawBuildCache): BuildCacheFacts {
  return {
    id: raw.ID ?? "",
    parent: raw.Parent || raw.Parents?.[0] || "",
    type: raw.Type ?? "",
    description: raw.Description ?? "",
    inUse: raw.InUse === true,
    shared: raw.Shared === true,
    size: raw.Size ?? 0,
    createdAt: raw.CreatedAt || undefined,
    lastUsedAt: raw.LastUsedAt || undefined,
  };
}
