import { apiRoute } from "@/lib/server/api/handler";
import { cancelTask, getTask } from "@/lib/server/live/tasks";
import { taskId } from "@/lib/shared/schemas/images";
import { ApiError } from "@/lib/shared/errors";

export const POST = apiRoute<{ id: string }>(async (_req, { params }) => {
  const id = taskId.parse(params.id);
  if (!getTask(id)) throw new ApiError("not_found", "No such task");
  if (!cancelTask(id)) throw new ApiError("conflict", "The task has already finished");
  return { task: getTask(id) };
});
