import "server-only";
import { createContainerCall } from "./create-call";
import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { PassThrough, type Readable } from "node:stream";
import { linkedAbort, openStatedDownload, openTar, parsePathStat, type Download } from "./files";
import { HELPER_LABEL } from "./helpers";
import { imageVolumeShadows, type HelperImage } from "./helper-image";
import { listArchiveDir, MAX_LISTED, parseStatLines, type FolderListing } from "./volume-listing";
import type { PathStat } from "@/lib/shared/types/files";
import { callEngine, toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

// A volume's files, read through a helper container that mounts it read-only (no network, read-only root, no
// capabilities beyond reading) — never by reading the host's mountpoint, which may be on another machine (a remote
// engine) or need privileges Berth should not have. The helper's life is a browse session's (volume-browse.ts);
// this file is what one helper can do: be made, list a folder, hand out a file or a folder's tar.

/** Where the helper mounts the volume: under its own name, so a folder's tar of the root is `<volume>/…`. */
const MOUNT_ROOT = "/berth-volume";
const EXEC_TIMEOUT_MS = 15_000;
const MAX_OUTPUT = 4 * 1024 * 1024;

function inHelper(volume: string, path: string): string {
  return `${MOUNT_ROOT}/${volume}${path === "/" ? "" : path}`;
}

/** Thrown when the helper container is gone (removed by hand, or the engine lost it): the session is over. */
export class HelperGone extends Error {}

/**
 * Creates the helper of one browse session, and starts it when its image has a shell (it then waits on its open,
 * never written stdin: only shell built-ins run until a listing). The image's own entrypoint, health check and
 * volumes are set aside: nothing of the image runs but `sh`, `find`, `stat` and `head`.
 */
export async function createVolumeHelper(engine: Engine, volume: string, image: HelperImage, onCreated: (id: string) => void): Promise<string> {
  // (The caller has made sure the volume exists: createContainer would make a missing one.)
  const shadows = await callEngine(() => imageVolumeShadows(engine, image.id));
  const created = await callEngine(() =>
    createContainerCall(engine, {
      name: `berth-volume-helper-${randomBytes(4).toString("hex")}`,
      Image: image.id,
      Entrypoint: [],
      Cmd: image.shell ? ["sh", "-c", "read _"] : ["berth-volume-helper-never-started"],
      OpenStdin: image.shell,
      StdinOnce: false,
      Tty: false,
      User: "0:0",
      WorkingDir: "/",
      Labels: { [HELPER_LABEL]: "volume-browse", "berth.helper.volume": volume },
      NetworkDisabled: true,
      Healthcheck: { Test: ["NONE"] },
      HostConfig: {
        Mounts: [{ Type: "volume", Source: volume, Target: `${MOUNT_ROOT}/${volume}`, ReadOnly: true }, ...shadows],
        NetworkMode: "none",
        ReadonlyRootfs: true,
        CapDrop: ["ALL"],
        // Root without CAP_DAC_OVERRIDE could not list a folder another user owns; reading is all this grants.
        CapAdd: image.shell ? ["DAC_READ_SEARCH"] : [],
        SecurityOpt: ["no-new-privileges"],
        RestartPolicy: { Name: "no" },
        LogConfig: { Type: "none", Config: {} },
        Memory: 64 * 1024 * 1024,
        PidsLimit: 32,
      },
    }),
  );
  onCreated(created.id);
  if (image.shell) await callEngine(() => engine.docker.getContainer(created.id).start());
  return created.id;
}

/** Whether the helper container still exists. */
async function helperExists(engine: Engine, helperId: string): Promise<boolean> {
  try {
    await engine.docker.getContainer(helperId).inspect();
    return true;
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return false;
    throw toEngineError(err);
  }
}

/** What is at `path` in the volume (HEAD of the archive API: a stat, nothing read). */
export async function statVolumePath(engine: Engine, helperId: string, volume: string, path: string): Promise<PathStat> {
  let res: IncomingMessage;
  try {
    res = (await engine.docker.getContainer(helperId).infoArchive({ path: inHelper(volume, path) })) as IncomingMessage;
  } catch (err) {
    const e = toEngineError(err);
    if (e.status !== 404) throw e;
    // A HEAD has no body to say which is missing: the path, or the helper itself.
    if (!(await helperExists(engine, helperId))) throw new HelperGone();
    throw new ApiError("not_found", `${path} does not exist in volume ${volume}`);
  }
  res.resume();
  return parsePathStat(inHelper(volume, path), res.headers["x-docker-container-path-stat"]);
}

async function assertFolder(engine: Engine, helperId: string, volume: string, path: string): Promise<void> {
  const stat = await statVolumePath(engine, helperId, volume, path);
  if (stat.type !== "directory") throw new ApiError("not_found", `${path} is not a folder in volume ${volume}`);
}

/** One folder from the tar headers of the engine's archive of it (any helper, started or not). */
export async function listFromArchive(engine: Engine, helperId: string, volume: string, path: string, signal?: AbortSignal): Promise<FolderListing> {
  await assertFolder(engine, helperId, volume, path);
  const ac = linkedAbort(signal);
  const archive = await openTar(engine, helperId, inHelper(volume, path), ac);
  return listArchiveDir(archive, path, () => ac.abort());
}

// The path is an argument ($1), never part of the script text; `head` stops `find` one entry past the limit.
const LIST_SCRIPT = `cd -- "$1" || exit 3; find . -mindepth 1 -maxdepth 1 -exec stat -c '%f|%s|%Y|%n' {} + | head -n ${MAX_LISTED + 1}`;

/** Thrown when the shell listing cannot run in this helper (stopped, broken binaries, too slow): read the archive. */
export class ShellListingFailed extends Error {}

/** One folder by `find` + `stat` run in the (running) helper: exact, one level deep, quick on any size of volume. */
export async function listWithShell(engine: Engine, helperId: string, volume: string, path: string): Promise<FolderListing> {
  await assertFolder(engine, helperId, volume, path);
  const container = engine.docker.getContainer(helperId);
  let out = "";
  let err = "";
  let exitCode: number | null | undefined;
  try {
    const exec = await container.exec({ Cmd: ["sh", "-c", LIST_SCRIPT, "sh", inHelper(volume, path)], AttachStdout: true, AttachStderr: true });
    const stream = (await exec.start({ hijack: true, stdin: false })) as unknown as Readable;
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    stdout.on("data", (c: Buffer) => {
      if (out.length < MAX_OUTPUT) out += c.toString("utf8");
    });
    stderr.on("data", (c: Buffer) => {
      if (err.length < 4096) err += c.toString("utf8");
    });
    engine.docker.modem.demuxStream(stream, stdout, stderr);
    const finished = await new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), EXEC_TIMEOUT_MS);
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      stream.once("end", done).once("close", done).once("error", done);
    });
    stream.destroy();
    if (!finished) throw new ShellListingFailed(`the listing took longer than ${EXEC_TIMEOUT_MS / 1000} s`);
    exitCode = ((await exec.inspect()) as { ExitCode?: number | null }).ExitCode;
  } catch (e) {
    if (e instanceof ShellListingFailed) throw e;
    throw new ShellListingFailed(toEngineError(e).message);
  }
  if (exitCode === 3) throw new ApiError("not_found", `${path} is not a folder in volume ${volume}`);
  if (exitCode !== 0) throw new ShellListingFailed(err.trim() || `exit ${exitCode}`);
  const entries = parseStatLines(out, path);
  return { path, entries: entries.slice(0, MAX_LISTED), truncated: entries.length > MAX_LISTED };
}

/**
 * A regular file's bytes or a folder's (or a file's) tar, from the engine's archive of the helper, started or not.
 * The root folder's tar is named after the volume.
 */
export async function openVolumeDownload(
  engine: Engine,
  helperId: string,
  volume: string,
  path: string,
  format: "auto" | "file" | "tar",
  signal?: AbortSignal,
): Promise<Download> {
  const stat = await statVolumePath(engine, helperId, volume, path);
  if (format === "file" && stat.type !== "file") {
    throw new ApiError("not_a_file", `${path} is a ${stat.type}, not a regular file; download it as .tar`);
  }
  const name = path === "/" ? volume : (path.split("/").pop() ?? volume);
  return openStatedDownload(engine, helperId, stat, format, signal, name);
}
