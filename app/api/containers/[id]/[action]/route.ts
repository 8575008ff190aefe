import { apiRoute } from "@/lib/server/api/handler";
import { ApiError } from "@/lib/shared/errors";
import { runContainerVerb } from "@/lib/server/engine/containers";
import { containerRef, containerVerb } from "@/lib/shared/schemas/containers";

export const POST = apiRoute<{ id: string; action: string }>(async (_req, { params }) => {
  const verb = containerVerb.safeParse(params.action);
  if (!verb.success) throw new ApiError(404, "unknown_action", verb.error.issues[0]?.message ?? "unknown action");
  return { container: await runContainerVerb(containerRef.parse(params.id), verb.data) };
});
