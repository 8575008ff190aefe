import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { previewRemoval } from "@/lib/server/engine/container-bulk";
import { bulkPreviewBody } from "@/lib/shared/schemas/containers";

/** What a bulk remove would take: each container and its anonymous volumes. Changes nothing (POST for the id list). */
export const POST = apiRoute(async (req, { engine }) => {
  const { ids } = bulkPreviewBody.parse(await readJsonBody(req));
  return { containers: await previewRemoval(engine, ids) };
});
