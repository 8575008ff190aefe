import "server-only";
import { docker } from "./client";
import { toEngineError } from "./errors";
import { followEngineProgress, type PullProgressEvent } from "./pull";

/**
 * `docker push repo:tag`. No credentials are stored yet: an empty X-Registry-Auth is sent (the engine
 * wants the header), which is what an open registry such as a local one on 127.0.0.1 needs.
 */
export async function pushImage(
  repo: string,
  tag: string,
  opts: { signal: AbortSignal; onProgress: (event: PullProgressEvent) => void },
): Promise<void> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = (await docker().getImage(repo).push({ tag, abortSignal: opts.signal, authconfig: {} })) as NodeJS.ReadableStream;
  } catch (err) {
    throw toEngineError(err);
  }
  await followEngineProgress(stream, opts);
}
