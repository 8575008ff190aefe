import "server-only";
import { Readable } from "node:stream";
import { linkedAbort, toWebStream, type Download } from "./files";
import { followProgress, type ProgressEvent } from "./progress";
import { callEngine } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

// Image and filesystem tars in and out of the engine — `docker import`, `load`, `save`, `export` —
// streamed both ways: an upload is piped to the engine as it arrives, a download is read from the
// engine only as fast as the browser reads it, and a browser that goes away closes the engine stream.

const TAR_HEADER = 512;
const COMPRESSED = [[0x1f, 0x8b], [0x42, 0x5a, 0x68], [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], [0x28, 0xb5, 0x2f, 0xfd]]; // gzip, bzip2, xz, zstd

/**
 * Whether `head` (the body's first bytes) starts a tar the engine can read: compressed (gzip, bzip2, xz, zstd), or a
 * ustar/PAX/GNU header ("ustar" at 257; every tar docker, Go and Berth's own writer make has it).
 */
export function looksLikeArchive(head: Uint8Array): boolean {
  if (COMPRESSED.some((magic) => magic.every((byte, i) => head[i] === byte))) return true;
  return head.length >= TAR_HEADER && Buffer.from(head.subarray(257, 262)).toString("latin1") === "ustar";
}

/**
 * The request body (a tar) as a Node stream, refused with a 400 when there is none or when it does not start like a
 * tar: the first 512 bytes are read up front, so neither an empty body (an obscure EOF) nor 50 MB of something
 * else reaches the engine, which would read it all before saying so.
 */
export async function requestBodyStream(body: ReadableStream<Uint8Array> | null, missing: string): Promise<Readable> {
  if (!body) throw new ApiError("invalid_request", missing);
  const reader = body.getReader();
  const first: Uint8Array[] = [];
  let size = 0;
  while (size < TAR_HEADER) {
    const { value, done } = await reader.read();
    if (done) break;
    first.push(value);
    size += value.byteLength;
  }
  if (size === 0) throw new ApiError("invalid_request", missing);
  const head = Buffer.concat(first, size);
  if (!looksLikeArchive(head)) {
    reader.cancel().catch(() => {});
    throw new ApiError("invalid_request", `The body is not a tar archive (plain, gzip, bzip2, xz or zstd). ${missing}`);
  }
  async function* chunks() {
    try {
      yield head;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      // Destroyed early (the engine refused, the build was cancelled): let the upload go too.
      reader.cancel().catch(() => {});
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** Resolves once `stream` has been read to its end, or has failed or closed early. */
export function consumed(stream: Readable): Promise<void> {
  return new Promise((resolve) => {
    if (stream.readableEnded || stream.destroyed) resolve();
    stream.once("end", resolve);
    stream.once("close", resolve);
    stream.once("error", () => resolve());
  });
}

/** Reads a JSON-lines answer to its end; an error line (a tar the engine cannot read) is the caller's fault: 400. */
function followLines(stream: NodeJS.ReadableStream, signal: AbortSignal, onLine: (line: ProgressEvent) => void) {
  return followProgress(stream, { signal, onProgress: onLine, failureCode: "invalid_request" });
}

/** `docker import`: a rootfs tar (plain or compressed) becomes a one-layer image; answers its id. */
export async function importImage(
  engine: Engine,
  body: Readable,
  opts: { repo?: string; tagName?: string; message?: string },
  signal: AbortSignal,
): Promise<{ id: string }> {
  const stream = (await callEngine(() =>
    engine.docker.importImage(body, {
      ...(opts.repo ? { repo: opts.repo, tag: opts.tagName } : {}),
      ...(opts.message ? { message: opts.message } : {}),
      abortSignal: signal,
    }),
  )) as NodeJS.ReadableStream;
  let id = "";
  // The last status line is the new image's id.
  await followLines(stream, signal, (line) => {
    if (line.status?.startsWith("sha256:")) id = line.status.trim();
  });
  if (!id) throw new ApiError("engine_error", "The engine did not report the imported image");
  return { id };
}

const LOADED = /^Loaded image(?: ID)?: (.+)$/;

/** `docker load`: a `docker save` tar; answers the references (or ids, for untagged images) the engine loaded. */
export async function loadImages(engine: Engine, body: Readable, signal: AbortSignal): Promise<{ loaded: string[] }> {
  const stream = (await callEngine(() => engine.docker.loadImage(body, { quiet: false, abortSignal: signal }))) as NodeJS.ReadableStream;
  const loaded: string[] = [];
  await followLines(stream, signal, (line) => {
    for (const text of (line.stream ?? "").split("\n")) {
      const match = LOADED.exec(text.trim());
      if (match) loaded.push(match[1]!);
    }
  });
  if (loaded.length === 0) throw new ApiError("invalid_request", "The tar holds no image (is it a docker save archive?)");
  return { loaded };
}

/** A file name from engine names: "busybox:latest" → "busybox_latest". */
export function tarFileName(names: string[]): string {
  const base = names
    .map((n) => (n.startsWith("sha256:") ? n.slice(7, 19) : n))
    .join("+")
    .replace(/[^A-Za-z0-9._+-]+/g, "_")
    .slice(0, 120);
  return `${base || "images"}.tar`;
}

/**
 * `docker save names…` as a download. Each name is inspected first so an unknown one is a clean 404
 * before any byte is sent (the engine would otherwise fail the stream half-way).
 */
export async function openSave(engine: Engine, names: string[], signal: AbortSignal): Promise<Download> {
  for (const name of names) await callEngine(() => engine.docker.getImage(name).inspect());
  const ac = linkedAbort(signal);
  // dockerode's typings lack getImages (`GET /images/get?names=…`), which it has.
  const withGetImages = engine.docker as unknown as { getImages(opts: { names: string[]; abortSignal: AbortSignal }): Promise<unknown> };
  const stream = (await callEngine(() => withGetImages.getImages({ names, abortSignal: ac.signal }))) as Readable;
  return { body: toWebStream(stream, () => ac.abort()), filename: tarFileName(names), contentType: "application/x-tar" };
}

/** `docker export container` as a download: its filesystem, flattened, as a tar. */
export async function openExport(engine: Engine, ref: string, signal: AbortSignal): Promise<Download> {
  const raw = (await callEngine(() => engine.docker.getContainer(ref).inspect())) as { Id: string; Name?: string };
  const ac = linkedAbort(signal);
  const stream = (await callEngine(() => engine.docker.getContainer(raw.Id).export({ abortSignal: ac.signal }))) as Readable;
  const name = (raw.Name ?? ref).replace(/^\//, "");
  return { body: toWebStream(stream, () => ac.abort()), filename: tarFileName([name]), contentType: "application/x-tar" };
}
