import { engineTimeMs, withCommonRules } from "./common";
import type { BuildCacheFacts, CleanupOptions, Verdict } from "./types";

/**
 * Build cache not in use by a build and not shared with an image is offered; the age option counts from its
 * last use, as `docker builder prune --filter until` does. (Build cache carries no labels to protect it.)
 */
export function buildCacheVerdict(r: BuildCacheFacts, opts: Pick<CleanupOptions, "olderThanHours" | "now">): Verdict {
  const base: Verdict = r.inUse
    ? { offer: false, reason: "In use by a build" }
    : r.shared
      ? { offer: false, reason: "Shared with an image: removing it frees nothing while the image exists" }
      : { offer: true, reason: `Unused ${r.type || "build"} cache${r.description ? `: ${r.description}` : ""}` };
  return withCommonRules(base, undefined, engineTimeMs(r.lastUsedAt || r.createdAt), opts);
}

/** Children before parents: the builder keeps a record while a child refers to it. */
export function pruneOrder<T extends Pick<BuildCacheFacts, "id" | "parent">>(records: readonly T[]): T[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const depth = (r: T): number => {
    let d = 0;
    for (let p = byId.get(r.parent); p && d < records.length; p = byId.get(p.parent)) d++;
    return d;
  };
  return [...records].sort((a, b) => depth(b) - depth(a));
}
