import "server-only";
import { followProgress, type ProgressEvent } from "./progress";
import type { RegistryAuth } from "./pull";
import type { Engine } from "./engine";
import { callEngine } from "./errors";

/**
 * `docker push repo:tag` with the login for the tag's registry; without one an empty X-Registry-Auth is
 * sent (the engine wants the header), which is what an open registry such as a local one needs.
 */
export async function pushImage(
  engine: Engine,
  repo: string,
  tag: string,
  opts: { signal: AbortSignal; onProgress: (event: ProgressEvent) => void; auth?: RegistryAuth },
): Promise<void> {
  const stream = (await callEngine(() =>
    engine.docker.getImage(repo).push({ tag, abortSignal: opts.signal, authconfig: opts.auth ?? {} }),
  )) as NodeJS.ReadableStream;
  await followProgress(stream, opts);
}
