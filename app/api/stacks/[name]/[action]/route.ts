import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { requireRole } from "@/lib/server/auth/authorize";
import { readConfig } from "@/lib/server/config";
import { runProjectAction } from "@/lib/server/compose/actions";
import { ApiError } from "@/lib/shared/errors";
import { projectAction, projectActionBody, stackName } from "@/lib/shared/schemas/stacks";

/** Starts up/down/start/stop/restart/pull/recreate as a task and answers at once; output goes to the task centre. */
const config = readConfig();

export const POST = apiRoute<{ name: string; action: string }>(async (req, { params, engine, principal }) => {
  const action = projectAction.safeParse(params.action);
  if (!action.success) throw new ApiError("unknown_action", `Unknown stack action: ${params.action}`);
  const name = stackName.parse(params.name);
  const body = projectActionBody.parse(await readJsonBody(req));
  // Removing a stack's volumes deletes its data: that is an admin's call, as removing a volume is.
  if (action.data === "down" && body.volumes) requireRole(principal, "admin", "a stack's down with its volumes", config);
  const task = await runProjectAction(engine, name, action.data, body);
  return { taskId: task.id, task };
});
