import { apiRoute } from "@/lib/api/handler";
import { ApiError } from "@/lib/api/errors";
import { runContainerVerb } from "@/lib/docker/containers";
import { containerRef, containerVerb } from "@/lib/schemas/containers";

export const POST = apiRoute<{ id: string; action: string }>(async (_req, { params }) => {
  const verb = containerVerb.safeParse(params.action);
  if (!verb.success) throw new ApiError(404, "unknown_action", verb.error.issues[0]?.message ?? "unknown action");
  return { container: await runContainerVerb(containerRef.parse(params.id), verb.data) };
});
