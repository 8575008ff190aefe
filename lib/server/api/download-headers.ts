import "server-only";
import { toWellFormed } from "@/lib/shared/well-formed-text";
import type { Download } from "@/lib/server/engine/files";

// Every download Berth serves — a container file or folder, logs, an event export, a volume file, an image or
// filesystem tar — goes out with the same headers: a named attachment, its type, never cached (it is the
// engine's state at one moment, and may hold secrets), never sniffed into something the browser would run.

export type { Download };

/**
 * `Content-Disposition: attachment` per RFC 6266: the exact name in `filename*=UTF-8''…` (RFC 8187
 * percent-encoding, which every current browser reads) and an ASCII fallback in `filename` for the rest —
 * controls, non-ASCII, quotes, backslashes, `%` and `;` replaced — so no name can end the header, add one
 * (CR/LF), or lose its accents.
 */
export function contentDisposition(filename: string): string {
  const name = toWellFormed(filename);
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, "_") || "download";
  const exact = encodeURIComponent(name).replace(/['()*]/g, (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase());
  return `attachment; filename="${fallback}"; filename*=UTF-8''${exact || "download"}`;
}

/** The headers of a download. */
function downloadHeaders({ filename, contentType, length }: Omit<Download, "body">): Headers {
  const headers = new Headers({
    "Content-Type": contentType,
    "Content-Disposition": contentDisposition(filename),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  });
  if (length !== undefined) headers.set("Content-Length", String(length));
  return headers;
}

/** A download as the browser gets it, streamed as the body is read. */
export function downloadResponse(download: Download): Response {
  return new Response(download.body, { status: 200, headers: downloadHeaders(download) });
}
