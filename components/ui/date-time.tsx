"use client";

import { formatDateTime, formatRelative } from "@/lib/browser/format-date";
import { useNow } from "@/lib/browser/hooks/use-now";

/** "12 Mar 2026, 14:03:11 · 3 minutes ago", as a <time> so the exact instant is machine-readable. */
export function DateTime({ date }: { date: Date }) {
  const now = useNow();
  return (
    <time dateTime={date.toISOString()} title={date.toISOString()}>
      {formatDateTime(date)} <span className="text-ink-muted">· {formatRelative(date, now)}</span>
    </time>
  );
}
