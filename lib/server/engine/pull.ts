import "server-only";
import { docker } from "./client";
import { toEngineError } from "./errors";

/** One line of the engine's JSON progress stream. */
export interface PullProgressEvent {
  id?: string;
  status?: string;
  progressDetail?: { current?: number; total?: number };
  error?: string;
  errorDetail?: { message?: string };
}

/** An engine auth config: sent base64-encoded as X-Registry-Auth, never put in a URL or a message. */
export interface RegistryAuth {
  username: string;
  password: string;
  serveraddress: string;
}

/**
 * `docker pull` through the engine: resolves when the image is local, rejects with the engine's
 * message (a missing image arrives as an error line in a 200 stream, not as an HTTP error).
 * `signal` aborts the engine request, which stops the pull. `auth` is the login for the reference's registry.
 */
export async function pullImage(
  reference: string,
  opts: { signal: AbortSignal; onProgress: (event: PullProgressEvent) => void; auth?: RegistryAuth },
): Promise<void> {
  let stream: NodeJS.ReadableStream;
  try {
    const auth = opts.auth ? { authconfig: opts.auth } : {};
    stream = (await docker().pull(reference, { abortSignal: opts.signal, ...auth })) as NodeJS.ReadableStream;
  } catch (err) {
    throw toEngineError(err);
  }
  await followEngineProgress(stream, opts);
}

/**
 * Reads a JSON-progress stream (pull, push) to its end with docker-modem's followProgress. An error
 * line in the 200 stream (a missing tag, a refused push) rejects with the engine's message.
 */
export function followEngineProgress(
  stream: NodeJS.ReadableStream,
  opts: { signal: AbortSignal; onProgress: (event: PullProgressEvent) => void },
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let failure: string | undefined;
    docker().modem.followProgress(
      stream,
      (err: Error | null) => {
        if (err) reject(toEngineError(err));
        else if (failure) reject(new Error(failure));
        else if (opts.signal.aborted) reject(new Error("cancelled"));
        else resolve();
      },
      (event: PullProgressEvent) => {
        if (event.error || event.errorDetail?.message) failure = event.errorDetail?.message ?? event.error;
        opts.onProgress(event);
      },
    );
  });
}
