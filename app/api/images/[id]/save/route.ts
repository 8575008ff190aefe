import { apiRoute } from "@/lib/api/handler";
import { downloadResponse, openSave } from "@/lib/docker/image-transfer";
import { imageRef } from "@/lib/schemas/images";

/** `docker save <image>` as a tar download. */
export const GET = apiRoute<{ id: string }>(async (req, { params }) => {
  return downloadResponse(await openSave([imageRef.parse(params.id)], req.signal));
});
