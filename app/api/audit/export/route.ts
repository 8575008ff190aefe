import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { downloadResponse } from "@/lib/server/api/download-headers";
import { auditRows } from "@/lib/server/audit/audit-query";
import { AUDIT_EXPORT_MAX, auditQuery } from "@/lib/shared/schemas/audit";

/** The same filters as GET /api/audit, as JSON lines, streamed row by row from the store (admin only). */
export const GET = apiRoute(async (req) => {
  const { limit: _limit, ...filters } = parseQuery(req, auditQuery);
  const rows = auditRows(filters, AUDIT_EXPORT_MAX);
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = rows.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(`${JSON.stringify(next.value)}\n`));
    },
    cancel() {
      rows.return(undefined);
    },
  });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  return downloadResponse({ body, filename: `berth-audit-${stamp}.jsonl`, contentType: "application/x-ndjson; charset=utf-8" });
});
