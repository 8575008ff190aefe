import "server-only";
import { randomBytes } from "node:crypto";
import { PassThrough, type Readable } from "node:stream";
import { openDownload, type Download } from "./files";
import type { VolumeFileEntry, VolumeListing } from "@/lib/shared/types/volumes";
import { toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";
import { HELPER_LABEL } from "./helpers";

// A volume's files, read through a short-lived helper container that mounts it read-only (no network,
// read-only root, no capabilities) — never by reading the host's mountpoint, which may be on another
// machine (remote engine) or need privileges Berth should not have.

const MOUNT = "/v";
const MAX_ENTRIES = 2000;
const LIST_TIMEOUT_MS = 15_000;
const MAX_OUTPUT = 4 * 1024 * 1024;

function helperImage(): string {
  return process.env.BERTH_HELPER_IMAGE || "berth-fixture/busybox:latest";
}

async function createHelper(engine: Engine, volume: string, cmd: string[], autoRemove: boolean) {
  // Both 404s (volume, image) look alike from createContainer: tell them apart for the user.
  await engine.docker
    .getVolume(volume)
    .inspect()
    .catch((err) => {
      throw toEngineError(err);
    });
  try {
    return await engine.docker.createContainer({
      name: `berth-volume-helper-${randomBytes(4).toString("hex")}`,
      Image: helperImage(),
      Cmd: cmd,
      Labels: { [HELPER_LABEL]: "volume-files" },
      NetworkDisabled: true,
      HostConfig: {
        Mounts: [{ Type: "volume", Source: volume, Target: MOUNT, ReadOnly: true }],
        NetworkMode: "none",
        ReadonlyRootfs: true,
        CapDrop: ["ALL"],
        SecurityOpt: ["no-new-privileges"],
        AutoRemove: autoRemove,
        Memory: 64 * 1024 * 1024,
        PidsLimit: 32,
      },
    });
  } catch (err) {
    const e = err as { statusCode?: number };
    if (e?.statusCode === 404) {
      throw new ApiError("helper_image_missing", `The helper image ${helperImage()} is not on this engine: pull it or set BERTH_HELPER_IMAGE`);
    }
    throw toEngineError(err);
  }
}

const TYPE_BITS: Record<number, VolumeFileEntry["type"]> = { 0x4000: "directory", 0x8000: "file", 0xa000: "symlink" };

/** `stat -c '%f|%s|%Y|%n'` lines → entries; a name may itself hold `|`, so only the first three split. */
export function parseStatLines(text: string, dir: string): VolumeFileEntry[] {
  const entries: VolumeFileEntry[] = [];
  for (const line of text.split("\n")) {
    const m = /^([0-9a-f]+)\|(\d+)\|(\d+)\|\.\/(.+)$/.exec(line);
    if (!m) continue;
    const mode = parseInt(m[1]!, 16);
    const name = m[4]!;
    entries.push({
      name,
      path: `${dir === "/" ? "" : dir}/${name}`,
      type: TYPE_BITS[mode & 0xf000] ?? "other",
      size: Number(m[2]),
      mtime: Number(m[3]),
    });
  }
  return entries.sort((a, b) => (a.type === "directory") === (b.type === "directory") ? a.name.localeCompare(b.name) : a.type === "directory" ? -1 : 1);
}

/** One folder of the volume (`path` validated: absolute, no `..`). */
export async function listVolumeDir(engine: Engine, volume: string, path: string): Promise<VolumeListing> {
  // The path is an argument ($1), never part of the script text.
  const script = `cd -- "$1" || exit 3; find . -mindepth 1 -maxdepth 1 -exec stat -c '%f|%s|%Y|%n' {} + | head -n ${MAX_ENTRIES + 1}`;
  const helper = await createHelper(engine, volume, ["sh", "-c", script, "sh", `${MOUNT}${path === "/" ? "" : path}`], true);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  let err = "";
  stdout.on("data", (c: Buffer) => {
    if (out.length < MAX_OUTPUT) out += c.toString("utf8");
  });
  stderr.on("data", (c: Buffer) => {
    if (err.length < 4096) err += c.toString("utf8");
  });
  try {
    const stream = (await helper.attach({ stream: true, stdout: true, stderr: true })) as unknown as Readable;
    engine.docker.modem.demuxStream(stream, stdout, stderr);
    const ended = new Promise<void>((resolve) => stream.once("end", resolve).once("close", resolve).once("error", () => resolve()));
    await helper.start();
    const timer = setTimeout(() => void helper.kill().catch(() => undefined), LIST_TIMEOUT_MS);
    const result = (await helper.wait()) as { StatusCode?: number };
    clearTimeout(timer);
    await ended;
    if (result.StatusCode === 3) throw new ApiError("not_found", `${path} is not a folder in this volume`);
    if (result.StatusCode !== 0) throw new ApiError("engine_error", `Listing ${path} failed: ${err.trim() || `exit ${result.StatusCode}`}`);
  } catch (e) {
    await helper.remove({ force: true }).catch(() => undefined);
    throw toEngineError(e);
  }
  const entries = parseStatLines(out, path);
  return { path, entries: entries.slice(0, MAX_ENTRIES), truncated: entries.length > MAX_ENTRIES };
}

/**
 * One regular file's bytes (`docker cp` from a created, never started helper: the engine mounts the
 * volume for the copy). The helper is removed when the download ends, fails or the browser goes away.
 */
export async function openVolumeFile(engine: Engine, volume: string, path: string, signal?: AbortSignal): Promise<Download> {
  const helper = await createHelper(engine, volume, ["true"], false);
  const cleanup = () => void helper.remove({ force: true }).catch(() => undefined);
  let download: Download;
  try {
    download = await openDownload(engine, helper.id, `${MOUNT}${path}`, "file", signal);
  } catch (err) {
    cleanup();
    const e = toEngineError(err);
    if (e.status === 404) throw new ApiError("not_found", `${path} does not exist in this volume`);
    throw e;
  }
  const reader = download.body.getReader();
  let done = false;
  const finish = () => {
    if (!done) {
      done = true;
      cleanup();
    }
  };
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const chunk = await reader.read();
          if (chunk.done) {
            controller.close();
            finish();
          } else controller.enqueue(chunk.value);
        } catch (err) {
          finish();
          controller.error(err);
        }
      },
      async cancel(reason) {
        finish();
        await reader.cancel(reason);
      },
    },
    { highWaterMark: 0 },
  );
  return { ...download, body };
}
