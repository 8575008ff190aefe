import { apiRoute } from "@/lib/server/api/handler";
import { openSave } from "@/lib/server/engine/image-transfer";
import { downloadResponse } from "@/lib/server/api/download-headers";
import { imageRef } from "@/lib/shared/schemas/images";

/** `docker save <image>` as a tar download. */
export const GET = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  return downloadResponse(await openSave(engine, [imageRef.parse(params.id)], req.signal));
});
