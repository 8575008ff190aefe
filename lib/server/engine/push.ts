import "server-only";
import { docker } from "./client";
import { toEngineError } from "./errors";
import { followEngineProgress, type PullProgressEvent, type RegistryAuth } from "./pull";

/**
 * `docker push repo:tag` with the login for the tag's registry; without one an empty X-Registry-Auth is
 * sent (the engine wants the header), which is what an open registry such as a local one needs.
 */
export async function pushImage(
  repo: string,
  tag: string,
  opts: { signal: AbortSignal; onProgress: (event: PullProgressEvent) => void; auth?: RegistryAuth },
): Promise<void> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = (await docker().getImage(repo).push({ tag, abortSignal: opts.signal, authconfig: opts.auth ?? {} })) as NodeJS.ReadableStream;
  } catch (err) {
    throw toEngineError(err);
  }
  await followEngineProgress(stream, opts);
}
