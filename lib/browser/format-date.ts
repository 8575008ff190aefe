const absolute = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "medium" });
const relative = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/** The engine reports "never" as the zero time 0001-01-01T00:00:00Z. */
export function parseEngineTime(value: string | number | undefined): Date | undefined {
  if (value === undefined || value === "") return undefined;
  const date = typeof value === "number" ? new Date(value * 1000) : new Date(value);
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() <= 1) return undefined;
  return date;
}

export function formatDateTime(date: Date): string {
  return absolute.format(date);
}

/** "3 minutes ago", "in 2 hours". */
export function formatRelative(date: Date, now: number = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 10) return "just now";
  for (const [unit, size] of UNITS) {
    if (abs >= size || unit === "second") return relative.format(Math.trunc(seconds / size), unit);
  }
  return relative.format(seconds, "second");
}
