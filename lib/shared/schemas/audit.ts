import { z } from "zod";

// GET /api/audit and /api/audit/export: filters over the audit log, every one optional.
export const AUDIT_PAGE_MAX = 500;
export const AUDIT_EXPORT_MAX = 100_000;

const text = (max: number) => z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(max).optional());
const millis = z.preprocess((v) => (v === "" || v === undefined ? undefined : Number(v)), z.number().int().nonnegative().optional());

export const auditQuery = z
  .object({
    /** Who: a user name (exact, case-insensitive). */
    actor: text(128),
    /** Part of the verb: `login`, `DELETE`, `terminal`… */
    verb: text(128),
    outcome: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["ok", "refused", "failed"]).optional()),
    /** Part of the resource: a container name, a path. */
    resource: text(256),
    since: millis,
    until: millis,
    /** Rows older than this id (the next page). */
    before: millis,
    limit: z.preprocess((v) => (v === "" || v === undefined ? undefined : Number(v)), z.number().int().min(1).max(AUDIT_PAGE_MAX).default(200)),
  })
  .strict();

export type AuditQuery = z.infer<typeof auditQuery>;

export interface AuditRowView {
  id: number;
  at: number;
  actor: string;
  role?: string | null;
  address?: string | null;
  verb: string;
  resource: string;
  outcome: "ok" | "refused" | "failed";
  status?: number | null;
  detail?: string | null;
}

/** audit:watch / audit:unwatch carry nothing. */
export const noPayload = z.union([z.undefined(), z.strictObject({})]);
