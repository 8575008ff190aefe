import { z } from "zod";

// The engine events history query, shared by the Events screen (what it sends) and GET /api/events(/export).

import { EVENT_TYPES, MAX_HISTORY_RANGE_MS, MAX_HISTORY_ROWS } from "@/lib/shared/events/history-limits";

export { EVENT_TYPES, EXPORT_MAX_ROWS, MAX_HISTORY_RANGE_MS, MAX_HISTORY_ROWS, type EventType } from "@/lib/shared/events/history-limits";

/** Unix seconds (fractions allowed) or an ISO time WITH a zone: a zone-less time would mean the server's zone. */
const instant = z
  .string()
  .trim()
  .max(40)
  .transform((text, ctx) => {
    const ms = /^\d{1,12}(\.\d{1,9})?$/.test(text)
      ? Math.floor(Number(text) * 1000)
      : /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(text)
        ? Date.parse(text)
        : Number.NaN;
    if (!Number.isFinite(ms)) {
      ctx.addIssue({ code: "custom", message: "Use unix seconds or an ISO time with a zone, e.g. 2026-03-01T12:00:00Z" });
      return z.NEVER;
    }
    return ms;
  });

const optionalText = (pattern: RegExp, message: string) =>
  z
    .string()
    .trim()
    .max(255)
    .optional()
    .transform((v) => v || undefined)
    .refine((v) => v === undefined || pattern.test(v), message);

export const eventsHistoryQuery = z
  .strictObject({
    since: instant,
    /** Defaults to now; a future `until` is cut to now, or the engine would hold the request open until then. */
    until: instant.optional(),
    type: z
      .enum([...EVENT_TYPES, ""])
      .optional()
      .transform((v) => (v ? v : undefined)),
    action: optionalText(/^[a-z_]+$/, "An action is lower-case letters and '_', e.g. start or exec_start"),
    container: optionalText(/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, "Not a container name or id"),
    image: optionalText(/^[a-zA-Z0-9][a-zA-Z0-9_.:/@-]*$/, "Not an image reference"),
  })
  .transform((q) => ({ ...q, until: Math.min(q.until ?? Date.now(), Date.now()) }))
  .superRefine((q, ctx) => {
    if (q.since > q.until) ctx.addIssue({ code: "custom", path: ["since"], message: "since must not be after until (or now)" });
    if (q.until - q.since > MAX_HISTORY_RANGE_MS) ctx.addIssue({ code: "custom", path: ["since"], message: "The range may cover at most 7 days" });
  });
export type EventsHistoryQuery = z.output<typeof eventsHistoryQuery>;
