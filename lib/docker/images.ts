import "server-only";
import { docker } from "./client";
import { toEngineError } from "./errors";
import type { ImageSummary } from "./container-config-types";

interface RawImageSummary {
  Id?: string;
  RepoTags?: string[] | null;
  Size?: number;
  Created?: number;
}

export function toImageSummary(raw: RawImageSummary): ImageSummary {
  return {
    id: raw.Id ?? "",
    tags: (raw.RepoTags ?? []).filter((t) => t && t !== "<none>:<none>"),
    size: raw.Size ?? 0,
    created: raw.Created ?? 0,
  };
}

/** Local images, newest first (`docker images`). */
export async function listImages(): Promise<ImageSummary[]> {
  try {
    const raw = (await docker().listImages()) as RawImageSummary[];
    return raw.map(toImageSummary).sort((a, b) => b.created - a.created);
  } catch (err) {
    throw toEngineError(err);
  }
}

/** Whether the engine has `ref` locally; other engine failures are thrown. */
export async function imageExists(ref: string): Promise<boolean> {
  try {
    await docker().getImage(ref).inspect();
    return true;
  } catch (err) {
    const e = toEngineError(err);
    if (e.status === 404) return false;
    throw e;
  }
}
