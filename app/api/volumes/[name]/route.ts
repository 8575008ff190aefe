import { apiRoute } from "@/lib/server/api/handler";
import { inspectVolume, removeVolume } from "@/lib/server/engine/volumes";
import { volumeRef } from "@/lib/shared/schemas/volumes";

export const GET = apiRoute<{ name: string }>(async (_req, { params, engine }) => ({
  volume: await inspectVolume(engine, volumeRef.parse(params.name)),
}));

export const DELETE = apiRoute<{ name: string }>(async (_req, { params, engine }) => {
  const name = volumeRef.parse(params.name);
  await removeVolume(engine, name);
  return { removed: name };
});
