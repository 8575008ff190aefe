import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { previewRecreate } from "@/lib/server/engine/container-recreate";
import { containerRef } from "@/lib/shared/schemas/containers";
import { recreatePreviewBody } from "@/lib/shared/schemas/container-config";

/** What a recreate with these changes would change; the engine is not touched. */
export const POST = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const changes = recreatePreviewBody.parse(await readJsonBody(req));
  return { diff: await previewRecreate(engine, ref, changes) };
});
