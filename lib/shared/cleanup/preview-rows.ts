import { rowKey } from "./ticks";
import type { CleanupKind, CleanupPreview } from "./types";
import type { CleanupRequestInput } from "@/lib/shared/schemas/cleanup";

/** One row of the cleanup screen, whatever its kind. */
export interface PreviewRow {
  key: string;
  kind: CleanupKind;
  /** What the API takes to remove it: the id (a volume's name). */
  id: string;
  name: string;
  /** Second line: image and state, tags, driver… */
  detail: string;
  created?: string;
  size: number;
  reason: string;
  /** The Compose project it belonged to. */
  project?: string;
}

export const KINDS: readonly CleanupKind[] = ["containers", "images", "volumes", "networks", "buildCache"];

export const KIND_NOUN: Record<CleanupKind, string> = {
  containers: "container",
  images: "image",
  volumes: "volume",
  networks: "network",
  buildCache: "build cache",
};

/** The preview's rows by kind, in removal order. */
export function previewRows(p: CleanupPreview): Record<CleanupKind, PreviewRow[]> {
  const row = (kind: CleanupKind, r: { id: string; name: string; created?: string; size: number; reason: string; project?: string }, detail: string): PreviewRow => ({
    key: rowKey(kind, r.id),
    kind,
    id: r.id,
    name: r.name,
    detail,
    created: r.created,
    size: r.size,
    reason: r.reason,
    ...(r.project ? { project: r.project } : {}),
  });
  return {
    containers: p.containers.map((c) => row("containers", c, `${c.image} · ${c.state}`)),
    images: p.images.map((i) => row("images", i, i.tags.length ? i.tags.join(", ") : "untagged")),
    volumes: p.volumes.map((v) => row("volumes", v, `${v.anonymous ? "anonymous" : "named"} · ${v.driver}`)),
    networks: p.networks.map((n) => row("networks", n, n.driver)),
    buildCache: p.buildCache.records.map((r) => row("buildCache", r, r.type)),
  };
}

export function allRowKeys(p: CleanupPreview): string[] {
  return Object.values(previewRows(p)).flatMap((rows) => rows.map((r) => r.key));
}

export function totalSize(rows: readonly PreviewRow[]): number {
  return rows.reduce((sum, r) => sum + r.size, 0);
}

/** The POST body for exactly these rows; `unusedImages` says tagged images were on offer. */
export function requestFor(rows: readonly PreviewRow[], unusedImages: boolean): CleanupRequestInput {
  const ids = (kind: CleanupKind) => rows.filter((r) => r.kind === kind).map((r) => r.id);
  const cache = ids("buildCache");
  return {
    containers: ids("containers"),
    images: ids("images"),
    volumes: ids("volumes"),
    networks: ids("networks"),
    ...(cache.length ? { buildCache: cache } : {}),
    ...(unusedImages ? { unusedImages: true } : {}),
  };
}
