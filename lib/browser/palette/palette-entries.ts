import { defaultFilter } from "cmdk";

export type EntryKind = "container" | "image" | "volume" | "network" | "stack" | "screen";

export interface PaletteEntry {
  kind: EntryKind;
  /** Unique within its kind: what recents and favourites remember (a container's name, an image's first tag). */
  key: string;
  label: string;
  /** A second line: the container's image, the image's size. */
  detail?: string;
  href: string;
}

export const entryId = (e: Pick<PaletteEntry, "kind" | "key">) => `${e.kind}:${e.key}`;

/** Shown without a query, and how many matches at most: cmdk draws every item it is given. */
export const MAX_RESULTS = 50;

// Favourites first, then recent ones, whatever the query: a star or a recent visit says "this is the one I want".
const FAVOURITE_BOOST = 2;
const RECENT_BOOST = 1;

/**
 * The palette's results for `query`: fuzzy (cmdk's own scorer), favourites pinned first, then recently opened ones
 * (most recent first), then the best matches. With no query: favourites, recents, then the screens.
 */
export function rankEntries(
  entries: readonly PaletteEntry[],
  query: string,
  favourites: ReadonlySet<string>,
  recent: readonly string[],
): PaletteEntry[] {
  const q = query.trim();
  const recency = new Map(recent.map((id, i) => [id, i]));
  const scored: { entry: PaletteEntry; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    const id = entryId(entry);
    const favourite = entry.kind === "container" && favourites.has(entry.key);
    const recentAt = recency.get(id);
    let score: number;
    if (q) {
      score = defaultFilter(entry.label, q);
      if (score <= 0) return;
    } else {
      if (!favourite && recentAt === undefined && entry.kind !== "screen") return;
      score = 0;
    }
    if (favourite) score += FAVOURITE_BOOST;
    // Among recents the latest first: a boost falling from 1 towards 0.5.
    if (recentAt !== undefined) score += RECENT_BOOST - recentAt / (2 * Math.max(recent.length, 1));
    scored.push({ entry, score, order });
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  return scored.slice(0, MAX_RESULTS).map((s) => s.entry);
}
