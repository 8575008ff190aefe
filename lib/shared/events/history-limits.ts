// The events history's types and limits, apart from its zod schema (lib/shared/schemas/events.ts) so the Events
// screen can name them without loading zod with the page.

export const EVENT_TYPES = ["container", "image", "volume", "network", "daemon", "plugin", "node", "service", "secret", "config", "builder"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** A history request may cover at most a week: the engine keeps only a bounded event log anyway. */
export const MAX_HISTORY_RANGE_MS = 7 * 24 * 3600 * 1000;
/** Rows one history request returns; the export streams up to EXPORT_MAX_ROWS. */
export const MAX_HISTORY_ROWS = 5000;
export const EXPORT_MAX_ROWS = 100_000;
