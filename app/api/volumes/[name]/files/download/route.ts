import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { downloadResponse } from "@/lib/server/api/download-headers";
import { openVolumeFile } from "@/lib/server/engine/volume-files";
import { volumeDownloadQuerySchema, volumeRef } from "@/lib/shared/schemas/volumes";

/** One regular file of the volume, streamed as a download. */
export const GET = apiRoute<{ name: string }>(async (req, { params, engine }) => {
  const name = volumeRef.parse(params.name);
  const { path } = parseQuery(req, volumeDownloadQuerySchema);
  return downloadResponse(await openVolumeFile(engine, name, path, req.signal));
});

// Without its own HEAD, Next would run GET: a helper container and an archive stream for nothing.
export const HEAD = apiRoute(async (_req, { engine }) => new Response(null, { status: 405, headers: { Allow: "GET" } }));
