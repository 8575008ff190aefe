import { apiRoute } from "@/lib/server/api/handler";
import { runContainerVerb } from "@/lib/server/engine/containers";
import { containerRef, containerVerb } from "@/lib/shared/schemas/containers";
import { ApiError } from "@/lib/shared/errors";

export const POST = apiRoute<{ id: string; action: string }>(async (_req, { params, engine }) => {
  const verb = containerVerb.safeParse(params.action);
  if (!verb.success) throw new ApiError("unknown_action", verb.error.issues[0]?.message ?? "unknown action");
  return { container: await runContainerVerb(engine, containerRef.parse(params.id), verb.data) };
});
