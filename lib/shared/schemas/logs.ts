import { z } from "zod";
import { queryFlag } from "@/lib/shared/schemas/query-flag";
import { containerRef } from "./containers";

// One place for the logs inputs: the download route's query and the socket's subscribe payload.

export const MAX_TAIL = 100_000;

const RELATIVE = /^(\d{1,7})(s|m|h|d)$/;
const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

function fromMs(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${seconds}.${String(Math.round((ms - seconds * 1000) * 1_000_000)).padStart(9, "0")}`;
}

// RFC 3339 with the fraction apart: Date.parse keeps milliseconds, the engine's times have nanoseconds.
const RFC3339 = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A point in time as `docker logs --since` takes it: Unix seconds (fractions allowed), an RFC 3339
 * date, or a duration back from now ("5m", "1h", "2d"). Parsed to the engine's exact form,
 * "<seconds>.<nanoseconds>": a resumed stream starts from an engine timestamp and must not round
 * it back over the last line it already has.
 */
export const logTime = z
  .string()
  .trim()
  .min(1, "empty time")
  .max(64, "time too long")
  .transform((value, ctx) => {
    const rel = RELATIVE.exec(value);
    if (rel) return fromMs(Date.now() - Number(rel[1]) * UNIT_MS[rel[2] as keyof typeof UNIT_MS]);
    const unix = /^(\d{1,12})(?:\.(\d{1,9}))?$/.exec(value);
    if (unix) return `${Number(unix[1])}.${(unix[2] ?? "").padEnd(9, "0")}`;
    const date = RFC3339.exec(value);
    if (date) {
      const ms = Date.parse(`${date[1]}${date[3]}`);
      if (Number.isFinite(ms) && ms >= 0) return `${ms / 1000}.${(date[2] ?? "").padEnd(9, "0")}`;
    }
    ctx.addIssue({ code: "custom", message: "must be Unix seconds, an RFC 3339 date or a duration like 5m, 1h, 2d" });
    return z.NEVER;
  });

const tailValue = z.union([z.literal("all"), z.number().int().min(0).max(MAX_TAIL)]);

const tailParam = z
  .string()
  .trim()
  .regex(/^(all|\d{1,6})$/, `must be "all" or a number of lines`)
  .transform((v) => (v === "all" ? ("all" as const) : Number(v)))
  .pipe(tailValue);

function untilAfterSince(v: { since?: string; until?: string }) {
  return v.since === undefined || v.until === undefined || Number(v.until) > Number(v.since);
}

/** `GET /api/containers/:id/logs?tail=&since=&until=&timestamps=` */
export const logsDownloadQuery = z
  .object({
    tail: tailParam.optional().transform((v) => v ?? ("all" as const)),
    since: logTime.optional(),
    until: logTime.optional(),
    timestamps: queryFlag,
  })
  .strict()
  .refine(untilAfterSince, { message: "until must be after since", path: ["until"] });

export type LogsDownloadQuery = z.infer<typeof logsDownloadQuery>;

export const subId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, "not a subscription id");

/** The `logs:subscribe` socket payload: follow one container's logs. */
export const logsSubscribe = z
  .object({
    subId,
    container: containerRef,
    tail: tailValue.default(1000),
    since: logTime.optional(),
    until: logTime.optional(),
    timestamps: z.boolean().default(false),
  })
  .strict()
  .refine(untilAfterSince, { message: "until must be after since", path: ["until"] });

export type LogsSubscribeInput = z.input<typeof logsSubscribe>;
export type LogsSubscribe = z.output<typeof logsSubscribe>;

export const logsUnsubscribe = z.object({ subId }).strict();
