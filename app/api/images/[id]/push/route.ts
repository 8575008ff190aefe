import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { inspectImage } from "@/lib/server/engine/images";
import { pushImage } from "@/lib/server/engine/push";
import { applyProgress, startTask } from "@/lib/server/live/tasks";
import { imageRef, pushImageBody } from "@/lib/shared/schemas/images";
import { authForReference } from "@/lib/server/registries/auth-config";
import { ApiError } from "@/lib/shared/errors";

/** Starts pushing one of the image's tags; progress goes to the task centre like a pull. */
export const POST = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const image = await inspectImage(engine, imageRef.parse(params.id));
  const { repo, tag, reference } = pushImageBody.parse(await readJsonBody(req));
  if (!image.tags.includes(reference)) {
    throw new ApiError("invalid_request", `${reference} is not a tag of this image: tag it first`, { fields: { reference: "not a tag of this image" } });
  }
  const task = startTask("push", reference, (signal, t) => pushImage(engine, repo, tag, { signal, onProgress: (event) => applyProgress(t, event), auth: authForReference(reference) }));
  return { taskId: task.id, task };
});
