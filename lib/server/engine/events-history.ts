import "server-only";
import type { Readable } from "node:stream";
import { readEventLines } from "./events";
import type { EngineEvent } from "@/lib/shared/types/engine";
import { toEngineError } from "./errors";
import type { Engine } from "./engine";

export interface EventsHistoryRequest {
  /** Unix milliseconds. */
  since: number;
  /** Unix milliseconds, not in the future: the engine ends the stream there. */
  until: number;
  type?: string;
  action?: string;
  container?: string;
  image?: string;
}

/** The engine reads "seconds.nanoseconds"; the fraction is nanoseconds, so it must be nine digits. */
export function engineTimestamp(ms: number): string {
  const whole = Math.floor(ms / 1000);
  return `${whole}.${String(ms - whole * 1000).padStart(3, "0")}000000`;
}

function engineFilters(q: EventsHistoryRequest): Record<string, string[]> {
  const filters: Record<string, string[]> = {};
  if (q.type) filters.type = [q.type];
  if (q.action) filters.event = [q.action];
  if (q.container) filters.container = [q.container.replace(/^\//, "")];
  if (q.image) filters.image = [q.image];
  return filters;
}

/** Every event the engine still holds between since and until, oldest first, Berth's helpers' own included. */
async function* engineEventsBetween(engine: Engine, q: EventsHistoryRequest, signal: AbortSignal): AsyncGenerator<EngineEvent> {
  let stream: Readable;
  try {
    stream = (await engine.docker.getEvents({
      since: engineTimestamp(q.since),
      until: engineTimestamp(q.until),
      filters: engineFilters(q),
      abortSignal: signal,
    } as object)) as unknown as Readable;
  } catch (err) {
    throw toEngineError(err);
  }
  try {
    yield* readEventLines(stream);
  } catch (err) {
    if (!signal.aborted) throw toEngineError(err);
  } finally {
    stream.destroy();
  }
}

/**
 * The engine's events between since and until, oldest first, at most `max` of them, without those of Berth's helper
 * containers. With `until` given the engine closes the stream itself; reaching `max` or `signal` aborting (the
 * browser went away) closes it early. `onRaw` sees every event the engine sent, helpers' too.
 */
export async function* eventsHistory(
  engine: Engine,
  q: EventsHistoryRequest,
  max: number,
  signal: AbortSignal,
  onRaw?: (event: EngineEvent) => void,
): AsyncGenerator<EngineEvent> {
  let count = 0;
  for await (const event of engineEventsBetween(engine, q, signal)) {
    onRaw?.(event);
    if (engine.helpers.isHelperEvent(event)) continue;
    yield event;
    if (++count >= max) break;
  }
}

// dockerd keeps only its last 256 events in memory (moby daemon/events: eventsLimit); older ones are gone.
export const ENGINE_EVENTS_KEPT = 256;

/**
 * Where the engine's memory of events begins inside [since, until], or undefined when it reaches back to `since`:
 * a full buffer of unfiltered events in the range means anything before the first of them was dropped.
 */
function horizonOf(unfiltered: { first?: EngineEvent; count: number }, since: number): number | undefined {
  const { first } = unfiltered;
  if (unfiltered.count < ENGINE_EVENTS_KEPT || !first) return undefined;
  const firstMs = Number(BigInt(first.timeNano) / 1_000_000n);
  return firstMs > since ? firstMs : undefined;
}

function isFiltered(q: EventsHistoryRequest): boolean {
  return Boolean(q.type || q.action || q.container || q.image);
}

/**
 * Up to `max` history rows, whether more were left out, and `horizon` (Unix ms) when the engine no longer holds the
 * start of the range: the rows are then all it has, not all that happened.
 */
export async function readEventsHistory(
  engine: Engine,
  q: EventsHistoryRequest,
  max: number,
  signal: AbortSignal,
): Promise<{ events: EngineEvent[]; truncated: boolean; horizon?: number }> {
  const events: EngineEvent[] = [];
  // What the engine sent, helpers' events included: its memory is counted in events, whoever they are about.
  const unfiltered: { first?: EngineEvent; count: number } = { count: 0 };
  const countRaw = (event: EngineEvent) => {
    unfiltered.first ??= event;
    unfiltered.count++;
  };
  // One more than asked tells "exactly max" from "more than max". Unfiltered, what the read passes is the engine's
  // whole memory of the range; filtered, a second read takes a look at all of it.
  const filtered = isFiltered(q);
  for await (const event of eventsHistory(engine, q, max + 1, signal, filtered ? undefined : countRaw)) events.push(event);
  const truncated = events.length > max;
  if (filtered) {
    for await (const event of engineEventsBetween(engine, { since: q.since, until: q.until }, signal)) {
      countRaw(event);
      if (unfiltered.count >= ENGINE_EVENTS_KEPT) break;
    }
  }
  const horizon = horizonOf(unfiltered, q.since);
  return { events: truncated ? events.slice(0, max) : events, truncated, ...(horizon !== undefined ? { horizon } : {}) };
}
