import "server-only";
import { processWide } from "@/lib/server/process-state";

// Password guessing is slowed per account and per address: after FAILURES_ALLOWED failed sign-ins within WINDOW_MS
// (for that name, or from that address), every attempt is refused — the right password too — until the oldest
// failure is a window old. Kept in memory: a restart forgets it, which an attacker cannot cause from outside.

export const FAILURES_ALLOWED = 5;
export const WINDOW_MS = 60_000;

type Failures = Map<string, number[]>;

function failures(): Failures {
  return processWide("login-failures", () => new Map<string, number[]>());
}

function keys(name: string, address: string | undefined): string[] {
  return [`user:${name.toLowerCase()}`, `addr:${address ?? "unknown"}`];
}

function recent(map: Failures, key: string, now: number): number[] {
  const kept = (map.get(key) ?? []).filter((t) => t > now - WINDOW_MS);
  if (kept.length) map.set(key, kept);
  else map.delete(key);
  return kept;
}

/** Seconds until another attempt may be made, or 0 when this one may go ahead. */
export function loginBlockedFor(name: string, address: string | undefined, now = Date.now()): number {
  const map = failures();
  let wait = 0;
  for (const key of keys(name, address)) {
    const times = recent(map, key, now);
    if (times.length >= FAILURES_ALLOWED) wait = Math.max(wait, Math.ceil((times[times.length - FAILURES_ALLOWED]! + WINDOW_MS - now) / 1000));
  }
  return wait;
}

export function recordLoginFailure(name: string, address: string | undefined, now = Date.now()): void {
  const map = failures();
  for (const key of keys(name, address)) map.set(key, [...recent(map, key, now), now]);
}
