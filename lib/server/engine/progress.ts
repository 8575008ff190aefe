import "server-only";
import { ApiError, type ErrorCode } from "@/lib/shared/errors";
import { toEngineError } from "./errors";
import { jsonObjectLines, LineSplitter } from "./line-splitter";

/** One line of the engine's JSON progress stream (pull, push, build, import, load). */
export interface ProgressEvent {
  id?: string;
  status?: string;
  stream?: string;
  progressDetail?: { current?: number; total?: number };
  aux?: { ID?: string };
  error?: string;
  errorDetail?: { message?: string };
}

// A line longer than this is no progress report anyone reads (a build step that prints a minified file): it is
// dropped rather than held, so one line cannot grow the server's memory either.
const MAX_LINE_CHARS = 1024 * 1024;

/**
 * Reads a progress stream to its end, handing each line to `onProgress` and keeping none of them (docker-modem's
 * followProgress keeps every event of a pull or build in one array and parses unguarded). A malformed line is
 * skipped; an error line — a missing tag, a refused push, a failing build step — rejects with the engine's words,
 * as `failureCode` (the caller knows whether such a failure is the engine's or the caller's input).
 */
export async function followProgress(
  stream: NodeJS.ReadableStream,
  opts: { signal: AbortSignal; onProgress: (event: ProgressEvent) => void; failureCode?: ErrorCode },
): Promise<void> {
  let failure: string | undefined;
  const lines = new LineSplitter(
    jsonObjectLines<ProgressEvent>((event) => {
      const error = event.errorDetail?.message ?? event.error;
      if (error) failure ??= error;
      opts.onProgress(event);
    }),
    { maxChars: MAX_LINE_CHARS },
  );
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) lines.push(chunk);
    lines.end();
  } catch (err) {
    if (opts.signal.aborted) throw new ApiError("aborted", "cancelled");
    throw toEngineError(err);
  }
  if (failure) throw new ApiError(opts.failureCode ?? "engine_error", failure);
  if (opts.signal.aborted) throw new ApiError("aborted", "cancelled");
}
