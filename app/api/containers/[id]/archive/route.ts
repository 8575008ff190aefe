import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { downloadResponse } from "@/lib/server/api/download-headers";
import { ApiError } from "@/lib/shared/errors";
import { openDownload, statContainerPath, uploadFile } from "@/lib/server/engine/files";
import { containerRef } from "@/lib/shared/schemas/containers";
import { archiveGetQuery, archivePutQuery, MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from "@/lib/shared/schemas/files";

// `docker cp` for the browser. Paths are container paths only (validated, `..` refused); no host
// path is ever taken. Both directions stream: nothing is held whole in memory.

export const GET = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const { path, format } = parseQuery(req, archiveGetQuery);
  if (format === "stat") return { stat: await statContainerPath(engine, ref, path) };
  return downloadResponse(await openDownload(engine, ref, path, format, req.signal));
});

// Without its own HEAD, Next would answer HEAD by running GET and open an archive stream for nothing.
export const HEAD = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const { path } = parseQuery(req, archiveGetQuery);
  const stat = await statContainerPath(engine, ref, path);
  return new Response(null, { status: 200, headers: { "X-Berth-Path-Type": stat.type, "Cache-Control": "no-store" } });
});

/** Upload: the raw file bytes as the body; `path` is the destination folder, `name` the file name. */
export const PUT = apiRoute<{ id: string }>(async (req, { params, engine }) => {
  const ref = containerRef.parse(params.id);
  const { path, name } = parseQuery(req, archivePutQuery);
  const declared = req.headers.get("content-length");
  if (declared === null) throw new ApiError("length_required", "The upload needs a Content-Length");
  const size = Number(declared);
  if (!Number.isSafeInteger(size) || size < 0) throw new ApiError("invalid_request", "Content-Length is not a size");
  if (size > MAX_UPLOAD_BYTES) {
    throw new ApiError("too_large", UPLOAD_TOO_LARGE);
  }
  const body = req.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  return { uploaded: await uploadFile(engine, ref, path, name, body, size, req.signal) };
});
