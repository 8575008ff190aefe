import "server-only";
import { toEngineError } from "./errors";
import type { Engine } from "./engine";

export interface CommitOptions {
  /** "repo:tag" split for the engine; both absent for an untagged image. */
  repo?: string;
  tagName?: string;
  comment?: string;
  author?: string;
  pause: boolean;
  /** Dockerfile instructions applied to the new image's config (`--change`). */
  changes: string[];
}

/** `docker commit`: the container's filesystem and config as a new image; answers its id. */
export async function commitContainer(engine: Engine, ref: string, opts: CommitOptions): Promise<{ id: string }> {
  try {
    const raw = (await engine.docker
      .getContainer(ref)
      .commit({
        ...(opts.repo ? { repo: opts.repo, tag: opts.tagName } : {}),
        ...(opts.comment ? { comment: opts.comment } : {}),
        ...(opts.author ? { author: opts.author } : {}),
        pause: opts.pause,
        ...(opts.changes.length ? { changes: opts.changes } : {}),
      })) as { Id?: string };
    return { id: raw.Id ?? "" };
  } catch (err) {
    throw toEngineError(err);
  }
}
