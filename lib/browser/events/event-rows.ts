import type { EngineEvent } from "@/lib/shared/types/engine";

// The Events screen's buffer and filters, pure so they can be tested without a browser.

/** Rows the browser keeps; older rows drop off the end. */
export const EVENT_BUFFER_MAX = 5000;

export function eventKey(e: EngineEvent): string {
  return `${e.timeNano}|${e.type}|${e.action}|${e.id}`;
}

/** Unix milliseconds of the event (timeNano is a string: nanoseconds do not fit a double). */
export function eventTimeMs(e: EngineEvent): number {
  const nanos = e.timeNano || "0";
  return nanos.length > 6 ? Number(nanos.slice(0, -6)) : 0;
}

function newerFirst(a: EngineEvent, b: EngineEvent): number {
  // Same-length digit strings compare as numbers; lengths differ only before 2001.
  const x = a.timeNano.padStart(20, "0");
  const y = b.timeNano.padStart(20, "0");
  return x < y ? 1 : x > y ? -1 : 0;
}

/**
 * `incoming` merged into `rows` (newest first), without duplicates, at most `max` rows. Live events are
 * nearly always newer than everything held, so that case is a prepend, not a sort.
 */
export function mergeEvents(rows: readonly EngineEvent[], incoming: readonly EngineEvent[], max = EVENT_BUFFER_MAX): EngineEvent[] {
  if (incoming.length === 0) return rows as EngineEvent[];
  const seen = new Set(rows.map(eventKey));
  const fresh = incoming.filter((e) => {
    const k = eventKey(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (fresh.length === 0) return rows as EngineEvent[];
  const sortedFresh = [...fresh].sort(newerFirst);
  const head = rows[0];
  const merged =
    !head || newerFirst(sortedFresh[sortedFresh.length - 1]!, head) <= 0 ? [...sortedFresh, ...rows] : [...rows, ...sortedFresh].sort(newerFirst);
  return merged.length > max ? merged.slice(0, max) : merged;
}

export interface LiveBuffer {
  rows: EngineEvent[];
  /** Events that arrived while paused: counted ("N new"), shown only on resume. */
  pending: EngineEvent[];
  paused: boolean;
}

export const EMPTY_BUFFER: LiveBuffer = { rows: [], pending: [], paused: false };

export function receive(buf: LiveBuffer, events: readonly EngineEvent[], max = EVENT_BUFFER_MAX): LiveBuffer {
  if (!buf.paused) return { ...buf, rows: mergeEvents(buf.rows, events, max) };
  // A catch-up after a reconnect repeats events already held: they are not "new".
  const known = new Set([...buf.rows, ...buf.pending].map(eventKey));
  const fresh = events.filter((e) => !known.has(eventKey(e)) && known.add(eventKey(e)));
  // Pending is bounded too: a paused page left open for a day must not grow without end.
  const pending = [...buf.pending, ...fresh];
  return { ...buf, pending: pending.length > max ? pending.slice(pending.length - max) : pending };
}

export function setPaused(buf: LiveBuffer, paused: boolean, max = EVENT_BUFFER_MAX): LiveBuffer {
  if (paused) return { ...buf, paused: true };
  return { rows: mergeEvents(buf.rows, buf.pending, max), pending: [], paused: false };
}

export interface EventFilter {
  type?: string;
  /** Matches the action's verb ("exec_start" matches "exec_start: sh -c …"), or its start. */
  action?: string;
  /** Part of a container's name, or its id prefix: container events only, like the engine's filter. */
  container?: string;
  /** Part of an image reference: image events, and container events of containers from that image. */
  image?: string;
  sinceMs?: number;
  untilMs?: number;
  /** exec_* and top fire constantly under health checks and `docker top`. */
  hideExec: boolean;
}

export function isExecNoise(e: EngineEvent): boolean {
  return e.action.startsWith("exec_") || e.action === "top";
}

export function matchesFilter(e: EngineEvent, f: EventFilter): boolean {
  if (f.hideExec && isExecNoise(e)) return false;
  if (f.type && e.type !== f.type) return false;
  if (f.action && !e.action.toLowerCase().startsWith(f.action.trim().toLowerCase())) return false;
  const has = (text: string | undefined, needle: string) => !!text && text.toLowerCase().includes(needle.trim().toLowerCase());
  if (f.container?.trim()) {
    const named = e.type === "container" && (has(e.name, f.container) || e.id.startsWith(f.container.trim().toLowerCase()));
    if (!named) return false;
  }
  if (f.image?.trim()) {
    const fromImage = has(e.attributes.image, f.image) || (e.type === "image" && (has(e.id, f.image) || has(e.name, f.image)));
    if (!fromImage) return false;
  }
  const t = eventTimeMs(e);
  if (f.sinceMs !== undefined && t < f.sinceMs) return false;
  if (f.untilMs !== undefined && t > f.untilMs) return false;
  return true;
}

/** The in-app page of the event's resource, when it has one. */
export function eventHref(e: EngineEvent): string | undefined {
  const ref = e.id || e.name;
  if (!ref) return undefined;
  switch (e.type) {
    case "container":
      return `/containers/${encodeURIComponent(e.id)}`;
    case "image":
      return `/images/${encodeURIComponent(ref)}`;
    case "volume":
      return `/volumes/${encodeURIComponent(ref)}`;
    case "network":
      return `/networks/${encodeURIComponent(ref)}`;
    default:
      return undefined;
  }
}

/** One JSON object per line, oldest first (the order of the engine's own stream and of the export API). */
export function toJsonLines(rowsNewestFirst: readonly EngineEvent[]): string {
  return rowsNewestFirst
    .slice()
    .reverse()
    .map((e) => `${JSON.stringify(e)}\n`)
    .join("");
}
