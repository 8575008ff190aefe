import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { runServiceAction } from "@/lib/server/compose/actions";
import { ApiError } from "@/lib/shared/errors";
import { serviceAction, serviceActionBody, serviceName, stackName } from "@/lib/shared/schemas/stacks";

/** Scales (`{ replicas }`) or restarts one service, as a task. */
export const POST = apiRoute<{ name: string; service: string; action: string }>(async (req, { params, engine }) => {
  const action = serviceAction.safeParse(params.action);
  if (!action.success) throw new ApiError("unknown_action", `Unknown service action: ${params.action}`);
  const name = stackName.parse(params.name);
  const service = serviceName.parse(params.service);
  const { replicas } = serviceActionBody.parse(await readJsonBody(req));
  const task = await runServiceAction(engine, name, service, action.data, replicas);
  return { taskId: task.id, task };
});
