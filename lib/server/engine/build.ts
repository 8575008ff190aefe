import "server-only";
import type { Readable } from "node:stream";
import tar from "tar-stream";
import type { BuildEvent } from "./build-output";
import type { BuildOptions } from "@/lib/shared/schemas/build";
import { followProgress } from "./progress";
import { toEngineError } from "./errors";
import type { Engine } from "./engine";

// `docker build` through the engine's /build endpoint. The context is a tar stream piped to the
// engine as it arrives (an upload from the browser, or one made here around a pasted Dockerfile),
// so a large context never sits whole in this process.

/** A context holding only `Dockerfile`: what a pasted Dockerfile builds in. */
export function dockerfileContext(dockerfile: string): Readable {
  const pack = tar.pack();
  pack.entry({ name: "Dockerfile", mode: 0o644, mtime: new Date(), uid: 0, gid: 0 }, dockerfile);
  pack.finalize();
  return pack as unknown as Readable;
}

/**
 * Sends `context` (tar, or tar compressed with gzip, bzip2 or xz: the engine detects which) to the
 * engine's classic builder and follows its JSON lines to the end. A failing step arrives as an error
 * line in the 200 stream and rejects with the engine's message; `signal` aborts the engine request,
 * which stops the build.
 */
export async function buildImage(
  engine: Engine,
  context: NodeJS.ReadableStream,
  opts: BuildOptions,
  run: { signal: AbortSignal; onEvent: (event: BuildEvent) => void },
): Promise<void> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = (await engine.docker.buildImage(context, {
      ...(opts.tag ? { t: opts.tag } : {}),
      dockerfile: opts.dockerfile,
      ...(Object.keys(opts.buildArgs).length ? { buildargs: opts.buildArgs } : {}),
      ...(opts.target ? { target: opts.target } : {}),
      nocache: opts.noCache,
      pull: opts.pull,
      // Like the CLI: intermediate containers go, also when a step fails.
      rm: true,
      forcerm: true,
      // The classic builder streams plain JSON lines; BuildKit would need a session.
      version: "1",
      abortSignal: run.signal,
    })) as NodeJS.ReadableStream;
  } catch (err) {
    throw toEngineError(err);
  }
  await followProgress(stream, { signal: run.signal, onProgress: (event) => run.onEvent(event as BuildEvent) });
}
