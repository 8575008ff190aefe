import { apiRoute, parseQuery, readJsonBody } from "@/lib/server/api/handler";
import { createVolume, listVolumes } from "@/lib/server/engine/volumes";
import { createVolumeSchema, volumeListQuerySchema } from "@/lib/shared/schemas/volumes";

export const GET = apiRoute(async (req, { engine }) => {
  const { sizes, dangling } = parseQuery(req, volumeListQuerySchema);
  const volumes = await listVolumes(engine, { sizes });
  return { volumes: dangling ? volumes.filter((v) => v.users.length === 0) : volumes };
});

export const POST = apiRoute(async (req, { engine }) => {
  const input = createVolumeSchema.parse(await readJsonBody(req));
  return { volume: await createVolume(engine, input) };
});
