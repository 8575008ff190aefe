import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { containersUsingImage, inspectImage, removeImage } from "@/lib/server/engine/images";
import { imageRef, removeImageQuery } from "@/lib/shared/schemas/images";

export const GET = apiRoute<{ id: string }>(async (_req, { params, engine }) => {
  const image = await inspectImage(engine, imageRef.parse(params.id));
  return { image, containers: await containersUsingImage(engine, image.id) };
});

export const DELETE = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = imageRef.parse(params.id);
  return { removed: await removeImage(engine, ref, parseQuery(req, removeImageQuery)) };
});
