import { normalizeTs } from "@/lib/shared/logs/log-time";
import type { LogRow } from "./log-buffer";

// Several containers' log rows as one view, interleaved by the engine's timestamps (as `docker compose logs`
// prints a project's), each row keeping which feed it came from.

export interface LogFeed {
  label: string;
  colour: string;
  rows: LogRow[];
}

export interface MergedLog {
  rows: LogRow[];
  /** The feed of each merged row (a row object is in one merged list only). */
  source: Map<LogRow, { label: string; colour: string }>;
}

/** Merges by timestamp (rows without one, and skipped-line markers, keep their place after the row before). */
export function mergeFeeds(feeds: readonly LogFeed[]): MergedLog {
  const all: Array<{ at: string; feed: number; order: number; row: LogRow }> = [];
  feeds.forEach((feed, f) => {
    let at = "";
    feed.rows.forEach((row, order) => {
      if (row.kind === "line" && row.line.ts) at = normalizeTs(row.line.ts);
      all.push({ at, feed: f, order, row });
    });
  });
  all.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.feed - b.feed || a.order - b.order));
  const source = new Map<LogRow, { label: string; colour: string }>();
  const rows = all.map(({ row, feed }, key) => {
    const copy = { ...row, key } as LogRow;
    source.set(copy, { label: feeds[feed]!.label, colour: feeds[feed]!.colour });
    return copy;
  });
  return { rows, source };
}

/** Colours for service labels on the dark log panel, as `docker compose logs` gives each service its own. */
export const SERVICE_COLOURS = ["#22b8eb", "#15cc35", "#ffbe05", "#ff9e8a", "#c792ea", "#7fd3f7", "#a5e075", "#f78c6c"];
