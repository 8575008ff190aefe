import "server-only";
import { createContainerCall } from "./create-call";
import { randomBytes } from "node:crypto";
import type Docker from "dockerode";
import { HELPER_LABEL, removeHelpers } from "./helpers";
import { toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

// Which local image Berth makes its volume helper from. Berth pulls nothing and ships no image: any image already on
// the engine will do, because the engine's archive API reads a container that was created and never started, from
// any image (even one without a shell). An image with a shell and `find`/`stat`/`head` is preferred: its helper can
// list one folder exactly and quickly; without one, folders are read from the archive's tar headers (bounded).

export interface HelperImage {
  /** Image id: what the helper is created from, so a tag moved meanwhile changes nothing. */
  id: string;
  /** A tag when it has one, else the short id: what the user is told. */
  shown: string;
  /** Whether its helper can run the shell listing. */
  shell: boolean;
}

export interface LocalImage {
  Id: string;
  RepoTags?: string[] | null;
  Size?: number;
}

/** Has-a-shell verdicts by image id, kept per engine (an image id names fixed content, so a verdict never expires). */
export type ShellVerdicts = Map<string, boolean>;

// Each tool at the places images put it; `/bin` is often a symlink to usr/bin, which the engine follows.
const SHELL_TOOLS: readonly (readonly string[])[] = [["/bin/sh"], ["/usr/bin/find", "/bin/find"], ["/usr/bin/stat", "/bin/stat"], ["/usr/bin/head", "/bin/head"]];

// Probing costs a container create and remove: a few per session open at most.
const MAX_PROBES_PER_CHOICE = 4;

function shownName(image: LocalImage): string {
  const tag = (image.RepoTags ?? []).find((t) => t && t !== "<none>:<none>");
  return tag ?? image.Id.replace(/^sha256:/, "").slice(0, 12);
}

/**
 * The order images are tried in: known to have a shell first, then not yet probed, then known to lack one; smallest
 * first within each (small images are the ones built around a shell, busybox or alpine, and the cheapest to hold).
 */
export function orderHelperCandidates(images: readonly LocalImage[], verdicts: ShellVerdicts): LocalImage[] {
  const rank = (i: LocalImage) => (verdicts.get(i.Id) === true ? 0 : verdicts.has(i.Id) ? 2 : 1);
  return [...images].sort((a, b) => rank(a) - rank(b) || (a.Size ?? 0) - (b.Size ?? 0) || a.Id.localeCompare(b.Id));
}

/** Mounts that keep an image's `VOLUME`s from making anonymous volumes for a helper (which would show in the lists). */
export async function imageVolumeShadows(engine: Engine, imageId: string): Promise<Docker.MountConfig> {
  const raw = (await engine.docker.getImage(imageId).inspect()) as { Config?: { Volumes?: Record<string, unknown> | null } | null };
  return Object.keys(raw.Config?.Volumes ?? {}).map((target) => ({ Type: "tmpfs" as const, Source: "", Target: target, TmpfsOptions: { SizeBytes: 4096, Mode: 0o755 } }));
}

async function exists(container: Docker.Container, path: string): Promise<boolean> {
  try {
    const res = (await container.infoArchive({ path })) as { resume?: () => void };
    res.resume?.();
    return true;
  } catch (err) {
    if ((err as { statusCode?: number }).statusCode === 404) return false;
    throw err;
  }
}

/**
 * Whether `imageId` has the shell tools, asked of a never-started container through the archive API (HEAD: a stat,
 * nothing is read or run). The probe carries the helper label, so a crash mid-probe leaves nothing Berth shows.
 */
export async function probeShell(engine: Engine, imageId: string, onCreated: (id: string) => void): Promise<boolean> {
  const { id } = await createContainerCall(engine, {
    name: `berth-helper-probe-${randomBytes(4).toString("hex")}`,
    Image: imageId,
    Entrypoint: [],
    Cmd: ["berth-probe-never-started"],
    Labels: { [HELPER_LABEL]: "probe" },
    NetworkDisabled: true,
    HostConfig: { NetworkMode: "none", Mounts: await imageVolumeShadows(engine, imageId) },
  });
  onCreated(id);
  const created = engine.docker.getContainer(id);
  try {
    for (const places of SHELL_TOOLS) {
      let found = false;
      for (const path of places) if (!found) found = await exists(created, path);
      if (!found) return false;
    }
    return true;
  } finally {
    await removeHelpers(engine, [id]);
  }
}

function noImage(): ApiError {
  return new ApiError(
    "helper_image_missing",
    "Browsing a volume needs one image on this engine to make a read-only helper container from (any image will do; it is only started when it has a shell). This engine has none: pull any small image, e.g. docker pull busybox",
  );
}

/** The image a new helper is made from: BERTH_HELPER_IMAGE when set, else the best local image. */
export async function chooseHelperImage(engine: Engine, verdicts: ShellVerdicts, onProbe: (id: string) => void): Promise<HelperImage> {
  const probe = async (image: LocalImage): Promise<boolean> => {
    let shell = verdicts.get(image.Id);
    if (shell === undefined) {
      try {
        shell = await probeShell(engine, image.Id, onProbe);
      } catch (err) {
        // Removed since the list was read: not a candidate, and nothing to remember about it.
        if ((err as { statusCode?: number }).statusCode === 404) return false;
        throw err;
      }
      verdicts.set(image.Id, shell);
    }
    return shell;
  };
  try {
    const configured = process.env.BERTH_HELPER_IMAGE?.trim();
    if (configured) {
      let image: LocalImage;
      try {
        image = (await engine.docker.getImage(configured).inspect()) as LocalImage;
      } catch (err) {
        if ((err as { statusCode?: number }).statusCode !== 404) throw err;
        throw new ApiError("helper_image_missing", `BERTH_HELPER_IMAGE is ${configured}, which is not on this engine: pull it, or unset BERTH_HELPER_IMAGE to let Berth use any local image`);
      }
      return { id: image.Id, shown: configured, shell: await probe(image) };
    }
    const images = (await engine.docker.listImages()) as LocalImage[];
    if (images.length === 0) throw noImage();
    let probes = 0;
    for (const image of orderHelperCandidates(images, verdicts)) {
      const known = verdicts.get(image.Id);
      if (known === false) break; // the rest are known to lack a shell too
      if (known === undefined && probes++ >= MAX_PROBES_PER_CHOICE) break;
      if (await probe(image)) return { id: image.Id, shown: shownName(image), shell: true };
    }
    // No shell anywhere (or none among those probed): any image serves the archive listing; the smallest it is.
    const smallest = [...images].sort((a, b) => (a.Size ?? 0) - (b.Size ?? 0))[0]!;
    return { id: smallest.Id, shown: shownName(smallest), shell: false };
  } catch (err) {
    throw toEngineError(err);
  }
}
