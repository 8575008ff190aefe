import { apiRoute } from "@/lib/server/api/handler";
import { openExport } from "@/lib/server/engine/image-transfer";
import { downloadResponse } from "@/lib/server/api/download-headers";
import { containerRef } from "@/lib/shared/schemas/containers";

/** `docker export <container>`: its filesystem as a tar download. */
export const GET = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  return downloadResponse(await openExport(engine, containerRef.parse(params.id), req.signal));
});
