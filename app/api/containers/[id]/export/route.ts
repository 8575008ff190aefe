import { apiRoute } from "@/lib/api/handler";
import { downloadResponse, openExport } from "@/lib/docker/image-transfer";
import { containerRef } from "@/lib/schemas/containers";

/** `docker export <container>`: its filesystem as a tar download. */
export const GET = apiRoute<{ id: string }>(async (req, { params }) => {
  return downloadResponse(await openExport(containerRef.parse(params.id), req.signal));
});
