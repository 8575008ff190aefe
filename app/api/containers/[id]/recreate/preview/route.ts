import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { previewRecreate } from "@/lib/docker/container-recreate";
import { containerRef } from "@/lib/schemas/containers";
import { recreatePreviewBody } from "@/lib/schemas/container-config";

/** What a recreate with these changes would change; the engine is not touched. */
export const POST = apiRoute<{ id: string }>(async (req, { params }) => {
  const ref = containerRef.parse(params.id);
  const changes = recreatePreviewBody.parse(await readJsonBody(req));
  return { diff: await previewRecreate(ref, changes) };
});
