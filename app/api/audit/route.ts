import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { auditRows } from "@/lib/server/audit/audit-query";
import { auditQuery } from "@/lib/shared/schemas/audit";

/** The audit log, newest first, filtered (admin only: the access table). */
export const GET = apiRoute(async (req) => {
  const { limit, ...filters } = parseQuery(req, auditQuery);
  const rows = [...auditRows(filters, limit + 1)];
  return { rows: rows.slice(0, limit), more: rows.length > limit };
});
