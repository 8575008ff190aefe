import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { pullImage } from "@/lib/docker/pull";
import { applyProgress, startTask } from "@/lib/live/tasks";
import { pullImageBody } from "@/lib/schemas/images";
import { authForReference } from "@/lib/registries/auth-config";

/** Starts the pull and answers at once: progress goes to the task centre over socket.io. */
export const POST = apiRoute(async (req) => {
  const { reference } = pullImageBody.parse(await readJsonBody(req));
  const task = startTask("pull", reference, (signal, t) =>
    pullImage(reference, { signal, onProgress: (event) => applyProgress(t, event), auth: authForReference(reference) }),
  );
  return { taskId: task.id, task };
});
