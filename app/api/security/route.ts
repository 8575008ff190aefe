import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { narrowReport, summarizeReport } from "@/lib/shared/audit/audit";
import { securityQuery } from "@/lib/shared/schemas/security";

/**
 * Findings per container with counts by severity. `severity` / `check` narrow the findings (and drop containers
 * left with none); counts follow the filter. Served from the audit cache: no inspect per request.
 */
export const GET = apiRoute(async (req, { engine }) => {
  const { severity, check, summary } = parseQuery(req, securityQuery);
  const report = await engine.audit.report();
  if (summary) return summarizeReport(report);
  if (!severity && !check) return report;
  return narrowReport(report, (f) => (!severity || f.severity === severity) && (!check || f.id === check));
});
