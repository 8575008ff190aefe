import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { pullImage } from "@/lib/server/engine/pull";
import { applyProgress, startTask } from "@/lib/server/live/tasks";
import { pullImageBody } from "@/lib/shared/schemas/images";
import { authForReference } from "@/lib/server/registries/auth-config";

/** Starts the pull and answers at once: progress goes to the task centre over socket.io. */
export const POST = apiRoute(async (req, { engine }) => {
  const { reference } = pullImageBody.parse(await readJsonBody(req));
  const task = startTask("pull", reference, (signal, t) =>
    pullImage(engine, reference, { signal, onProgress: (event) => applyProgress(t, event), auth: authForReference(reference) }),
  );
  return { taskId: task.id, task };
});
