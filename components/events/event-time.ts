// Times on the Events screen: the engine gives nanoseconds; people read milliseconds in their own zone.

const clock = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
const day = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric" });

/** "14:03:11.482", with the day in front when it is not today. */
export function formatEventTime(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const sameDay = new Date(now).toDateString() === d.toDateString();
  const millis = String(d.getMilliseconds()).padStart(3, "0");
  return `${sameDay ? "" : `${day.format(d)} `}${clock.format(d)}.${millis}`;
}

/** A datetime-local input's value ("2026-03-01T12:00:05", local time) → unix ms; undefined when empty or bad. */
export function localInputToMs(value: string): number | undefined {
  if (!value) return undefined;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

/** Unix ms → the query's unix seconds, with the milliseconds kept. */
export function msToQuerySeconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}
