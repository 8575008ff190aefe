import "server-only";
import type { IncomingMessage } from "node:http";
import { PassThrough, Readable, Transform, pipeline } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import tar from "tar-stream";
import type { ChangeKind, FileChange, PathStat, UploadResult } from "@/lib/shared/types/files";
import { callEngine, toEngineError } from "./errors";
import { ApiError, type ErrorCode } from "@/lib/shared/errors";
import type { Engine } from "./engine";

// A container's filesystem through the engine: `docker diff` and `docker cp` in both directions.
// Paths arrive validated (lib/shared/schemas/files.ts) and are only ever resolved by the engine inside the
// container; nothing here touches the host filesystem. Archives are streamed, never buffered whole.

const KINDS: Record<number, ChangeKind> = { 0: "changed", 1: "added", 2: "deleted" };

interface RawChange {
  Path?: string;
  Kind?: number;
}

/**
 * The engine's `docker diff` answer as Berth's list, sorted by path. The engine answers `null`, not
 * `[]`, when nothing changed, and dockerode hands that back as an empty Buffer (which has a `filter`
 * of its own and serialises as `{"type":"Buffer"}`): anything that is not an array is no changes.
 */
export function toFileChanges(raw: unknown): FileChange[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (c): c is Required<RawChange> =>
        typeof c === "object" && c !== null && typeof c.Path === "string" && typeof c.Kind === "number" && c.Kind in KINDS,
    )
    .map((c) => ({ path: c.Path, kind: KINDS[c.Kind]! }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `docker diff`, sorted by path. */
export async function containerChanges(engine: Engine, ref: string): Promise<FileChange[]> {
  return toFileChanges(await callEngine(() => engine.docker.getContainer(ref).changes()));
}

/** id and name of a container, so a 404 on a path is not mistaken for a missing container. */
async function resolveContainer(engine: Engine, ref: string): Promise<{ id: string; name: string }> {
  const raw = (await callEngine(() => engine.docker.getContainer(ref).inspect())) as { Id: string; Name?: string };
  return { id: raw.Id, name: (raw.Name ?? ref).replace(/^\//, "") };
}

// Go's os.FileMode type bits, as the engine reports them. Bit 31 (directory) does not survive JS
// bitwise operators as a positive number, so it is compared, not masked.
const MODE_DIR = 2 ** 31;
const MODE_SYMLINK = 2 ** 27;
const MODE_OTHER = 2 ** 26 | 2 ** 25 | 2 ** 24 | 2 ** 21 | 2 ** 19; // device, pipe, socket, char device, irregular

function permissionString(mode: number): string {
  return [..."rwxrwxrwx"].map((ch, i) => ((mode >>> (8 - i)) & 1 ? ch : "-")).join("");
}

function fileType(mode: number): PathStat["type"] {
  if (mode >= MODE_DIR) return "directory";
  if (mode & MODE_SYMLINK) return "symlink";
  if (mode & MODE_OTHER) return "other";
  return "file";
}

export function parsePathStat(path: string, header: string | string[] | undefined): PathStat {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) throw new ApiError("engine_error", "The engine sent no path information");
  const raw = JSON.parse(Buffer.from(value, "base64").toString("utf8")) as {
    name?: string;
    size?: number;
    mode?: number;
    mtime?: string;
    linkTarget?: string;
  };
  const mode = raw.mode ?? 0;
  return {
    path,
    name: raw.name ?? path.split("/").pop() ?? "",
    size: raw.size ?? 0,
    type: fileType(mode),
    mode: permissionString(mode),
    mtime: raw.mtime ?? "",
    ...(raw.linkTarget ? { linkTarget: raw.linkTarget } : {}),
  };
}

async function statIn(engine: Engine, container: { id: string; name: string }, path: string): Promise<PathStat> {
  let res: IncomingMessage;
  try {
    res = (await engine.docker.getContainer(container.id).infoArchive({ path })) as IncomingMessage;
  } catch (err) {
    const e = toEngineError(err);
    // HEAD has no body, so the engine's message is lost: the container exists, so it is the path.
    if (e.status === 404) throw new ApiError("not_found", `No such file or directory in ${container.name}: ${path}`);
    throw e;
  }
  res.resume();
  return parsePathStat(path, res.headers["x-docker-container-path-stat"]);
}

/** What is at `path` in the container (a stopped one too). */
export async function statContainerPath(engine: Engine, ref: string, path: string): Promise<PathStat> {
  return statIn(engine, await resolveContainer(engine, ref), path);
}

/** A download as the engine layer opens it; lib/server/api/download-headers sends it. */
export interface Download {
  body: ReadableStream<Uint8Array>;
  filename: string;
  contentType: string;
  /** Bytes, when known up front. */
  length?: number;
}

/**
 * A Node stream as a web stream that reads only when the browser reads (so a slow client slows the
 * engine, nothing piles up here), and whose cancel — the browser went away — calls `onCancel`.
 */
export function toWebStream(source: Readable, onCancel: () => void): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await chunks.next();
          if (done) controller.close();
          else {
            const buf = value as Buffer; // a view, not a copy
            controller.enqueue(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
          }
        } catch (err) {
          onCancel();
          controller.error(err);
        }
      },
      cancel() {
        source.destroy();
        onCancel();
      },
    },
    { highWaterMark: 0 },
  );
}

function baseName(stat: PathStat): string {
  return stat.name && stat.name !== "/" ? stat.name : "root";
}

/** A signal that fires with `outer` and can also be fired by us (to drop the engine stream early). */
export function linkedAbort(outer: AbortSignal | undefined): AbortController {
  const ac = new AbortController();
  if (outer?.aborted) ac.abort(outer.reason);
  else outer?.addEventListener("abort", () => ac.abort(outer.reason), { once: true });
  return ac;
}

/** The engine's tar of `path` in container `id` (running or never started); `ac` drops it early. */
export async function openTar(engine: Engine, id: string, path: string, ac: AbortController): Promise<Readable> {
  return (await callEngine(() => engine.docker.getContainer(id).getArchive({ path, abortSignal: ac.signal }))) as Readable;
}

/** The one regular file at `path`, cut out of the engine's tar stream as it flows. */
async function openSingleFile(engine: Engine, id: string, stat: PathStat, ac: AbortController): Promise<{ stream: Readable; size: number }> {
  const archive = await openTar(engine, id, stat.path, ac);
  const extract = tar.extract();
  return new Promise((resolve, reject) => {
    const fail = (err: unknown) => {
      ac.abort();
      reject(err instanceof ApiError ? err : toEngineError(err));
    };
    extract.once("entry", (header, entry) => {
      if (header.type !== "file") {
        entry.resume();
        fail(new ApiError("not_a_file", `${stat.path} is not a regular file; download it as .tar`));
        return;
      }
      const out = new PassThrough();
      entry.on("error", (err: Error) => out.destroy(err));
      // The file is the archive's only entry: once it is read, the engine stream can go.
      entry.on("end", () => ac.abort());
      entry.pipe(out);
      resolve({ stream: out, size: header.size ?? 0 });
    });
    extract.once("finish", () => fail(new ApiError("not_found", `${stat.path} is empty or gone`)));
    extract.on("error", fail);
    archive.on("error", fail);
    archive.pipe(extract);
  });
}

/**
 * `docker cp container:path -` for the browser. `file` streams a regular file's bytes, `tar` the
 * engine's archive (a folder, a symlink, or a file on request), `auto` picks by what the path is.
 */
export async function openDownload(
  engine: Engine,
  ref: string,
  path: string,
  format: "auto" | "file" | "tar",
  signal?: AbortSignal,
): Promise<Download> {
  const container = await resolveContainer(engine, ref);
  return openStatedDownload(engine, container.id, await statIn(engine, container, path), format, signal);
}

/**
 * The download of what `stat` (from a HEAD of the archive API) says is at `stat.path` in container `id`; for
 * callers that stat the path themselves (the volume browser words its own "not found").
 */
export async function openStatedDownload(
  engine: Engine,
  id: string,
  stat: PathStat,
  format: "auto" | "file" | "tar",
  signal?: AbortSignal,
  filename: string = baseName(stat),
): Promise<Download> {
  const path = stat.path;
  const asFile = format === "file" || (format === "auto" && stat.type === "file");
  if (asFile && stat.type !== "file") {
    throw new ApiError("not_a_file", `${path} is a ${stat.type}, not a regular file; download it as .tar`);
  }
  const ac = linkedAbort(signal);
  const stop = () => ac.abort();
  if (asFile) {
    const { stream, size } = await openSingleFile(engine, id, stat, ac);
    return { body: toWebStream(stream, stop), filename, contentType: "application/octet-stream", length: size };
  }
  const archive = await openTar(engine, id, path, ac);
  return { body: toWebStream(archive, stop), filename: `${filename}.tar`, contentType: "application/x-tar" };
}

/** Fails the stream if more than `size` bytes arrive (the tar header promised `size`). */
function byteLimit(size: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      seen += chunk.length;
      if (seen > size) done(new ApiError("invalid_request", "The upload is longer than its Content-Length"));
      else done(null, chunk);
    },
  });
}

/**
 * `docker cp - container:dir`: the browser's raw bytes wrapped on the fly in a one-entry tar. A tar
 * header carries the size up front, so the caller passes the declared Content-Length; a body that
 * turns out shorter or longer fails the upload rather than writing a truncated file.
 */
export async function uploadFile(
  engine: Engine,
  ref: string,
  dir: string,
  name: string,
  body: ReadableStream<Uint8Array>,
  size: number,
  signal?: AbortSignal,
): Promise<UploadResult> {
  const container = await resolveContainer(engine, ref);
  const target = await statIn(engine, container, dir);
  if (target.type !== "directory") throw new ApiError("conflict", `${dir} is not a folder in ${container.name}`);

  const ac = linkedAbort(signal);
  const pack = tar.pack();
  let failure: unknown;
  const fail = (err: unknown) => {
    failure ??= err;
    ac.abort();
    pack.destroy();
  };
  const entry = pack.entry({ name, size, mode: 0o644, mtime: new Date(), uid: 0, gid: 0 }, (err) => {
    if (err) fail(err.message === "size mismatch" ? new ApiError("invalid_request", "The upload ended early") : err);
    else pack.finalize();
  });
  const source = Readable.fromWeb(body as unknown as NodeWebReadableStream<Uint8Array>);
  pipeline(source, byteLimit(size), entry as unknown as NodeJS.WritableStream, (err: NodeJS.ErrnoException | null) => {
    if (err) fail(err);
  });

  try {
    await engine.docker
      .getContainer(container.id)
      .putArchive(pack as unknown as NodeJS.ReadableStream, { path: dir, noOverwriteDirNonDir: true, abortSignal: ac.signal });
  } catch (err) {
    // The engine writes the file as the tar streams in and keeps what it got: say so.
    const partial = `${dir === "/" ? "" : dir}/${name} in ${container.name} may be incomplete`;
    if (failure instanceof ApiError) throw new ApiError(failure.code as ErrorCode, `${failure.message}; ${partial}`);
    if (failure || signal?.aborted) throw new ApiError("invalid_request", `The upload was interrupted; ${partial}`);
    // A read-only root filesystem comes as 403: a conflict, as toEngineError maps it.
    throw toEngineError(err);
  }
  return { path: dir === "/" ? `/${name}` : `${dir}/${name}`, size };
}
