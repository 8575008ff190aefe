// Containers this browser's user just stopped, restarted, killed or removed through Berth: their `die` is the user's
// doing, not a crash, and must not raise a "died unexpectedly" toast. Kept for a minute (a stop waits up to 10 s).
const WINDOW_MS = 60_000;
const marks = new Map<string, number>();

export function markUserStop(ids: Iterable<string>, now = Date.now()): void {
  for (const id of ids) marks.set(id, now);
  for (const [id, at] of marks) if (now - at > WINDOW_MS) marks.delete(id);
}

export function isUserStop(id: string, now = Date.now()): boolean {
  const at = marks.get(id);
  return at !== undefined && now - at <= WINDOW_MS;
}
