import type { Task } from "@/lib/shared/types/images";
import { postJson } from "./fetch-json";
import { uploadBlob, type UploadHandle } from "./stream-upload";
import { containerPath } from "@/lib/browser/paths/containers";
import type { BuildDockerfileInput, CommitInput } from "@/lib/shared/schemas/build";
import { imagePath } from "@/lib/browser/paths/images";

// Build, commit, import, load, save and export from the browser. Uploads stream a Blob (a picked file
// or a composed tar); downloads are plain links, so the browser streams them to disk itself.

export type StartedTask = { taskId: string; task: Task };

export function buildFromDockerfile(body: BuildDockerfileInput): Promise<StartedTask> {
  return postJson("/api/images/build", body);
}

/** `search` from buildContextSearch: the options of a context upload ride in the query. */
export function buildFromContext(context: Blob, search: string, onProgress: (sent: number, total: number) => void): UploadHandle<StartedTask> {
  return uploadBlob(`/api/images/build?${search}`, context, onProgress);
}

export function importRootfs(
  tar: Blob,
  opts: { repository?: string; tag?: string; message?: string },
  onProgress: (sent: number, total: number) => void,
): UploadHandle<{ id: string; reference?: string }> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(opts)) if (value?.trim()) params.set(key, value.trim());
  return uploadBlob(`/api/images/import?${params}`, tar, onProgress);
}

export function loadImages(tar: Blob, onProgress: (sent: number, total: number) => void): UploadHandle<{ loaded: string[] }> {
  return uploadBlob("/api/images/load", tar, onProgress);
}

export function commitContainer(ref: string, body: CommitInput): Promise<{ id: string; reference?: string }> {
  return postJson(`${containerPath(ref)}/commit`, body);
}

export function saveImageHref(id: string): string {
  return `${imagePath(id)}/save`;
}

/** One tar holding several images (or several tags of one), `docker save a b`. */
export function saveImagesHref(names: string[]): string {
  return `/api/images/save?${new URLSearchParams(names.map((n) => ["names", n]))}`;
}

export function exportContainerHref(ref: string): string {
  return `${containerPath(ref)}/export`;
}
