import "server-only";
import { followProgress, type ProgressEvent } from "./progress";
import type { Engine } from "./engine";
import { callEngine } from "./errors";

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
  engine: Engine,
  reference: string,
  opts: { signal: AbortSignal; onProgress: (event: ProgressEvent) => void; auth?: RegistryAuth },
): Promise<void> {
  const auth = opts.auth ? { authconfig: opts.auth } : {};
  const stream = (await callEngine(() => engine.docker.pull(reference, { abortSignal: opts.signal, ...auth }))) as NodeJS.ReadableStream;
  await followProgress(stream, opts);
}
