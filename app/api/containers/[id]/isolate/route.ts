import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { isolateContainer, isolationPlan } from "@/lib/server/engine/isolate";
import { containerRef } from "@/lib/shared/schemas/containers";
import { isolateBody } from "@/lib/shared/schemas/security";

/** What Isolate would do: the networks it would leave and the new network's name (or why it cannot). */
export const GET = apiRoute<{ id: string }>(async (_req, { params, engine }) => ({ plan: await isolationPlan(engine, containerRef.parse(params.id)) }));

export const POST = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const { disconnect } = isolateBody.parse(await readJsonBody(req));
  return await isolateContainer(engine, ref, disconnect);
});
