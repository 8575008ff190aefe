import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { downloadResponse } from "@/lib/server/api/download-headers";
import { browseSessionRef, volumeDownloadQuerySchema, volumeRef } from "@/lib/shared/schemas/volumes";

/** A file's bytes or a folder's tar from the session's helper: a read of the engine's archive, nothing else. */
export const GET = apiRoute<{ name: string; session: string }>(async (req, { params, engine }) => {
  const name = volumeRef.parse(params.name);
  const id = browseSessionRef.parse(params.session);
  const { path, format } = parseQuery(req, volumeDownloadQuerySchema);
  return downloadResponse(await engine.volumeBrowse.download(name, id, path, format, req.signal));
});

// Without its own HEAD, Next would run GET: an archive stream opened for nothing.
export const HEAD = apiRoute(async () => new Response(null, { status: 405, headers: { Allow: "GET" } }));
