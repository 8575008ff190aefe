import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { listVolumeDir } from "@/lib/server/engine/volume-files";
import { volumeFilesQuerySchema, volumeRef } from "@/lib/shared/schemas/volumes";

// Read-only: a helper container mounts the volume read-only and lists one folder.
export const GET = apiRoute<{ name: string }>(async (req, { params, engine }) => {
  const name = volumeRef.parse(params.name);
  const { path } = parseQuery(req, volumeFilesQuerySchema);
  return { listing: await listVolumeDir(engine, name, path) };
});
