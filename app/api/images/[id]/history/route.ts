import { apiRoute } from "@/lib/server/api/handler";
import { imageHistory } from "@/lib/server/engine/images";
import { imageRef } from "@/lib/shared/schemas/images";

export const GET = apiRoute<{ id: string }>(async (_req, { params, engine }) => ({
  history: await imageHistory(engine, imageRef.parse(params.id)),
}));
