import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { auditParts } from "@/lib/server/audit/audit-request";
import { requireRole } from "@/lib/server/auth/authorize";
import { readConfig } from "@/lib/server/config";
import { runBulk } from "@/lib/server/engine/container-bulk";
import { startTask, taskChanged } from "@/lib/server/live/tasks";
import { bulkContainersBody } from "@/lib/shared/schemas/containers";
import type { ContainerTaskResult } from "@/lib/shared/types/images";

const config = readConfig();

/**
 * One lifecycle verb on many containers as ONE task of the task centre, answered at once; each container's outcome
 * lands in the task's results (and the audit log, a row per container) as it happens. The table lets operators in
 * (start/stop/restart); removing is an admin's, as a single remove is.
 */
export const POST = apiRoute(async (req, { engine, principal }) => {
  const body = bulkContainersBody.parse(await readJsonBody(req));
  if (body.action === "remove") requireRole(principal, "admin", "removing containers", config);
  // Names for the results from the store (memory); a ref it does not know is tried as given and fails as not found.
  const known = await engine.containers.list({ all: true });
  const results: ContainerTaskResult[] = body.ids.map((ref) => {
    const c = known.find((k) => k.id === ref || k.name === ref) ?? known.find((k) => k.id.startsWith(ref));
    return { id: c?.id ?? ref, name: c?.name ?? ref, outcome: "pending" };
  });
  const audit = auditParts(req, principal);
  const target = `${body.action} ${results.length} container${results.length === 1 ? "" : "s"}`;
  const task = startTask(
    "containers",
    target,
    async (signal, t) => {
      try {
        await runBulk(engine, body.action, t, body, signal, (result) => {
          audit({ verb: `bulk ${body.action}`, resource: `/api/containers/${result.id}`, outcome: result.outcome === "failed" ? "failed" : "ok", detail: result.message });
          taskChanged(t);
        });
      } finally {
        // What the events have not yet told the store, the next list reads afresh.
        engine.containers.invalidate();
      }
    },
    { results },
  );
  return { taskId: task.id, task };
});
