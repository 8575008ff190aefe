import { apiRoute } from "@/lib/api/handler";
import { imageHistory } from "@/lib/docker/images";
import { imageRef } from "@/lib/schemas/images";

export const GET = apiRoute<{ id: string }>(async (_req, { params }) => ({
  history: await imageHistory(imageRef.parse(params.id)),
}));
