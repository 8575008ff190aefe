import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { runProjectAction } from "@/lib/server/compose/actions";
import { ApiError } from "@/lib/shared/errors";
import { projectAction, projectActionBody, stackName } from "@/lib/shared/schemas/stacks";

/** Starts up/down/start/stop/restart/pull/recreate as a task and answers at once; output goes to the task centre. */
export const POST = apiRoute<{ name: string; action: string }>(async (req, { params, engine }) => {
  const action = projectAction.safeParse(params.action);
  if (!action.success) throw new ApiError("unknown_action", `Unknown stack action: ${params.action}`);
  const name = stackName.parse(params.name);
  const body = projectActionBody.parse(await readJsonBody(req));
  const task = await runProjectAction(engine, name, action.data, body);
  return { taskId: task.id, task };
});
