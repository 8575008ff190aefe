import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { openVolumeFile } from "@/lib/server/engine/volume-files";
import { attachmentDisposition } from "@/lib/shared/schemas/files";
import { volumeDownloadQuerySchema, volumeRef } from "@/lib/shared/schemas/volumes";

/** One regular file of the volume, streamed as a download. */
export const GET = apiRoute<{ name: string }>(async (req, { params, engine }) => {
  const name = volumeRef.parse(params.name);
  const { path } = parseQuery(req, volumeDownloadQuerySchema);
  const download = await openVolumeFile(engine, name, path, req.signal);
  const headers = new Headers({
    "Content-Type": download.contentType,
    "Content-Disposition": attachmentDisposition(download.filename),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (download.length !== undefined) headers.set("Content-Length", String(download.length));
  return new Response(download.body, { status: 200, headers });
});

// Without its own HEAD, Next would run GET: a helper container and an archive stream for nothing.
export const HEAD = apiRoute(async (_req, { engine }) => new Response(null, { status: 405, headers: { Allow: "GET" } }));
