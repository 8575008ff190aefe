import "server-only";
import type { ImageSummary } from "@/lib/shared/types/container-config";
import type { ImageDetail, ImageHistoryLayer, ImageListItem } from "@/lib/shared/types/images";
import { callEngine, toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";
import { listContainers } from "./containers";

interface RawImageSummary {
  Id?: string;
  ParentId?: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Size?: number;
  Created?: number;
  Labels?: Record<string, string> | null;
}

interface RawImageInspect {
  Id?: string;
  Parent?: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Created?: string;
  Size?: number;
  Architecture?: string;
  Os?: string;
  Author?: string;
  Config?: {
    Entrypoint?: string[] | string | null;
    Cmd?: string[] | string | null;
    Env?: string[] | null;
    ExposedPorts?: Record<string, unknown> | null;
    Volumes?: Record<string, unknown> | null;
    Labels?: Record<string, string> | null;
    WorkingDir?: string;
    User?: string;
  } | null;
}

interface RawHistoryLayer {
  Id?: string;
  Created?: number;
  CreatedBy?: string;
  Size?: number;
  Comment?: string;
  Tags?: string[] | null;
}

function realTags(tags: string[] | null | undefined): string[] {
  return (tags ?? []).filter((t) => t && t !== "<none>:<none>");
}

function realDigests(digests: string[] | null | undefined): string[] {
  return (digests ?? []).filter((d) => d && !d.startsWith("<none>@"));
}

function asArgv(value: string[] | string | null | undefined): string[] {
  if (!value) return [];
  return Array.isArray(value) ? value : [value];
}

export function toImageSummary(raw: RawImageSummary): ImageSummary {
  return {
    id: raw.Id ?? "",
    tags: realTags(raw.RepoTags),
    size: raw.Size ?? 0,
    created: raw.Created ?? 0,
  };
}

export function toImageListItem(raw: RawImageSummary): ImageListItem {
  const summary = toImageSummary(raw);
  return {
    ...summary,
    digests: realDigests(raw.RepoDigests),
    dangling: summary.tags.length === 0,
    parentId: raw.ParentId ?? "",
    labels: raw.Labels ?? {},
  };
}

/**
 * Local images, newest first (`docker images`). `all` adds intermediate layers (`-a`);
 * `dangling` keeps only untagged images (`-f dangling=true`).
 */
export async function listImages(engine: Engine, opts: { all?: boolean; dangling?: boolean } = {}): Promise<ImageListItem[]> {
  const raw = (await callEngine(() =>
    engine.docker.listImages({ all: Boolean(opts.all), ...(opts.dangling ? { filters: JSON.stringify({ dangling: ["true"] }) } : {}) }),
  )) as RawImageSummary[];
  return raw.map(toImageListItem).sort((a, b) => b.created - a.created);
}

export function toImageDetail(raw: RawImageInspect): ImageDetail {
  const config = raw.Config ?? {};
  return {
    id: raw.Id ?? "",
    tags: realTags(raw.RepoTags),
    digests: realDigests(raw.RepoDigests),
    created: raw.Created ?? "",
    size: raw.Size ?? 0,
    architecture: raw.Architecture ?? "",
    os: raw.Os ?? "",
    author: raw.Author ?? "",
    parentId: raw.Parent ?? "",
    config: {
      entrypoint: asArgv(config.Entrypoint),
      cmd: asArgv(config.Cmd),
      env: config.Env ?? [],
      exposedPorts: Object.keys(config.ExposedPorts ?? {}),
      volumes: Object.keys(config.Volumes ?? {}),
      labels: config.Labels ?? {},
      workingDir: config.WorkingDir ?? "",
      user: config.User ?? "",
    },
  };
}

/** `ref` is an id, an id prefix or a reference: the engine resolves all three. */
export async function inspectImage(engine: Engine, ref: string): Promise<ImageDetail> {
  return toImageDetail((await callEngine(() => engine.docker.getImage(ref).inspect())) as RawImageInspect);
}

/** The builder's prefix for metadata-only steps: the rest is the Dockerfile instruction itself. */
export function cleanInstruction(createdBy: string): string {
  return createdBy
    .replace(/^\/bin\/sh -c #\(nop\)\s*/, "")
    .replace(/^\|\d+ .*?\/bin\/sh -c /, "RUN ") // RUN with build args: "|1 ARG=v /bin/sh -c cmd"
    .replace(/^\/bin\/sh -c /, "RUN ")
    .trim();
}

export function toHistoryLayer(raw: RawHistoryLayer): ImageHistoryLayer {
  return {
    id: raw.Id && raw.Id !== "<missing>" ? raw.Id : "",
    created: raw.Created ?? 0,
    createdBy: cleanInstruction(raw.CreatedBy ?? ""),
    size: raw.Size ?? 0,
    comment: raw.Comment ?? "",
    tags: realTags(raw.Tags),
  };
}

/** Layers newest first, as `docker history` lists them. */
export async function imageHistory(engine: Engine, ref: string): Promise<ImageHistoryLayer[]> {
  const raw = (await callEngine(() => engine.docker.getImage(ref).history())) as RawHistoryLayer[];
  return raw.map(toHistoryLayer);
}

export async function tagImage(engine: Engine, ref: string, repo: string, tag: string): Promise<ImageDetail> {
  await callEngine(() => engine.docker.getImage(ref).tag({ repo, tag }));
  return inspectImage(engine, ref);
}

/** Names of the containers (running or not) made from image `id`. */
export async function containersUsingImage(engine: Engine, id: string): Promise<string[]> {
  return (await listContainers(engine, { all: true })).filter((c) => c.imageId === id).map((c) => c.name);
}

/**
 * `docker rmi`. Without `force`, an image a container uses is refused up front with the containers
 * named, rather than the engine's message that names one container id.
 */
export async function removeImage(engine: Engine, ref: string, opts: { force?: boolean } = {}): Promise<{ untagged: string[]; deleted: string[] }> {
  const image = await inspectImage(engine, ref);
  if (!opts.force) {
    const users = await containersUsingImage(engine, image.id);
    if (users.length) {
      const list = users.join(", ");
      throw new ApiError("image_in_use", `The image is used by ${users.length === 1 ? "container" : "containers"} ${list}: remove ${users.length === 1 ? "it" : "them"} first`);
    }
  }
  // A volume browse helper made from this image would make the engine refuse: it ends (the browser opens another).
  await engine.volumeBrowse.release({ imageId: image.id });
  // An image with several tags is removed by id only with force; by id is what the user asked for.
  const raw = (await callEngine(() => engine.docker.getImage(image.id).remove({ force: Boolean(opts.force) }))) as { Untagged?: string; Deleted?: string }[];
  return {
    untagged: raw.flatMap((r) => (r.Untagged ? [r.Untagged] : [])),
    deleted: raw.flatMap((r) => (r.Deleted ? [r.Deleted] : [])),
  };
}

/** Whether the engine has `ref` locally; other engine failures are thrown. */
export async function imageExists(engine: Engine, ref: string): Promise<boolean> {
  try {
    await engine.docker.getImage(ref).inspect();
    return true;
  } catch (err) {
    const e = toEngineError(err);
    if (e.status === 404) return false;
    throw e;
  }
}
