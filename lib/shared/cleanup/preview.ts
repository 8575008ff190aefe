import { buildCacheVerdict } from "./build-cache";
import { engineTimeMs, isoTime } from "./common";
import { containerVerdict } from "./containers";
import { containersByImage, imageUniqueSize, imageVerdict } from "./images";
import { containersByNetwork, networkUsers, networkVerdict } from "./networks";
import { containersByVolume, isAnonymousVolume, volumeVerdict } from "./volumes";
import { projectOf } from "@/lib/shared/stacks/labels";
import type { CleanupOptions, CleanupPreview, EngineSnapshot, ProtectedRow, Verdict } from "./types";

/** How Berth removes build cache with dockerd's `/build/prune` (API 1.41 takes one `id` filter per call). */
export const BUILD_CACHE_NOTE =
  "Removed record by record with the engine's build-cache prune, filtered on each listed id: nothing else is pruned.";

export function shortId(id: string): string {
  return id.replace(/^sha256:/, "").slice(0, 12);
}

/** The Compose project a resource belonged to (its labels say), for the row: cleanup knows stacks. */
function stackOf(labels: Record<string, string>): { project?: string } {
  const project = projectOf(labels);
  return project ? { project } : {};
}

/** The preview: every offered row with why, and what the protect label kept out. Pure: the snapshot is all it reads. */
export function buildPreview(snap: EngineSnapshot, opts: CleanupOptions): CleanupPreview {
  const kept: ProtectedRow[] = [];
  const keep = (kind: ProtectedRow["kind"], id: string, name: string, v: Verdict) => {
    if (!v.offer && v.protected) kept.push({ kind, id, name, reason: v.reason });
    return v.offer ? v : undefined;
  };

  const containers = snap.containers.flatMap((c) => {
    const v = keep("containers", c.id, c.name, containerVerdict(c, opts));
    return v ? [{ id: c.id, name: c.name, state: c.state, image: c.image, created: isoTime(engineTimeMs(c.created)), size: c.sizeRw, reason: v.reason, ...stackOf(c.labels) }] : [];
  });

  const imageUsers = containersByImage(snap.containers);
  const parents = new Set(snap.parentIds.filter(Boolean));
  const images = snap.images.flatMap((img) => {
    const name = img.tags[0] ?? shortId(img.id);
    const v = keep("images", img.id, name, imageVerdict(img, { users: imageUsers.get(img.id) ?? [], isParent: parents.has(img.id) }, opts));
    return v ? [{ id: img.id, name, tags: img.tags, created: isoTime(engineTimeMs(img.created)), size: imageUniqueSize(img), reason: v.reason, ...stackOf(img.labels) }] : [];
  });

  const volumeUsers = containersByVolume(snap.containers);
  const volumes = snap.volumes.flatMap((vol) => {
    const v = keep("volumes", vol.name, vol.name, volumeVerdict(vol, volumeUsers.get(vol.name) ?? [], opts));
    return v
      ? [{ id: vol.name, name: vol.name, driver: vol.driver, anonymous: isAnonymousVolume(vol.name), created: isoTime(engineTimeMs(vol.createdAt)), size: Math.max(0, vol.size), reason: v.reason, ...stackOf(vol.labels) }]
      : [];
  });

  const networkIndex = containersByNetwork(snap.containers);
  const networks = snap.networks.flatMap((n) => {
    const v = keep("networks", n.id, n.name, networkVerdict(n, networkUsers(n, networkIndex), opts));
    return v ? [{ id: n.id, name: n.name, driver: n.driver, created: isoTime(engineTimeMs(n.createdAt)), size: 0, reason: v.reason, ...stackOf(n.labels) }] : [];
  });

  const records = snap.buildCache.flatMap((r) => {
    const v = buildCacheVerdict(r, opts);
    return v.offer ? [{ id: r.id, name: r.description || shortId(r.id), type: r.type, created: isoTime(engineTimeMs(r.createdAt)), size: r.size, reason: v.reason }] : [];
  });
  const cacheSize = records.reduce((sum, r) => sum + r.size, 0);

  const byName = <T extends { name: string }>(rows: T[]) => rows.sort((a, b) => a.name.localeCompare(b.name));
  const sum = (rows: { size: number }[]) => rows.reduce((total, r) => total + r.size, 0);
  return {
    containers: byName(containers),
    images: byName(images),
    volumes: byName(volumes),
    networks: byName(networks),
    buildCache: { records, size: cacheSize, note: BUILD_CACHE_NOTE },
    protected: kept,
    reclaimableBytes: sum(containers) + sum(images) + sum(volumes) + cacheSize,
    options: { unusedImages: opts.unusedImages, ...(opts.olderThanHours ? { olderThanHours: opts.olderThanHours } : {}) },
  };
}
