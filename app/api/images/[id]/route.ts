import { apiRoute, parseQuery } from "@/lib/api/handler";
import { containersUsingImage, inspectImage, removeImage } from "@/lib/docker/images";
import { imageRef, removeImageQuery } from "@/lib/schemas/images";

export const GET = apiRoute<{ id: string }>(async (_req, { params }) => {
  const image = await inspectImage(imageRef.parse(params.id));
  return { image, containers: await containersUsingImage(image.id) };
});

export const DELETE = apiRoute<{ id: string }>(async (req, { params }) => {
  const ref = imageRef.parse(params.id);
  return { removed: await removeImage(ref, parseQuery(req, removeImageQuery)) };
});
