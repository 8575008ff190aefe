import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { containersUsingImage, inspectImage, removeImage } from "@/lib/server/engine/images";
import { imageRef, removeImageQuery } from "@/lib/shared/schemas/images";

export const GET = apiRoute<{ id: string }>(async (_req, { params }) => {
  const image = await inspectImage(imageRef.parse(params.id));
  return { image, containers: await containersUsingImage(image.id) };
});

export const DELETE = apiRoute<{ id: string }>(async (req, { params }) => {
  const ref = imageRef.parse(params.id);
  return { removed: await removeImage(ref, parseQuery(req, removeImageQuery)) };
});
