import "server-only";
import { store } from "@/lib/server/store/db";
import type { AuditQuery, AuditRowView } from "@/lib/shared/schemas/audit";

/** The rows `q` selects, newest first, at most `limit` (LIKE filters escape their wildcards: a filter is literal text). */
export function* auditRows(q: Omit<AuditQuery, "limit">, limit: number): Generator<AuditRowView> {
  const where: string[] = [];
  const args: (string | number)[] = [];
  const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (q.actor) (where.push("actor = ? COLLATE NOCASE"), args.push(q.actor));
  if (q.verb) (where.push("verb LIKE ? ESCAPE '\\'"), args.push(like(q.verb)));
  if (q.resource) (where.push("resource LIKE ? ESCAPE '\\'"), args.push(like(q.resource)));
  if (q.outcome) (where.push("outcome = ?"), args.push(q.outcome));
  if (q.since !== undefined) (where.push("at >= ?"), args.push(q.since));
  if (q.until !== undefined) (where.push("at <= ?"), args.push(q.until));
  if (q.before !== undefined) (where.push("id < ?"), args.push(q.before));
  const sql = `SELECT id, at, actor, role, address, verb, resource, outcome, status, detail FROM audit_log
    ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`;
  yield* store().prepare(sql).iterate(...args, limit) as IterableIterator<AuditRowView>;
}
