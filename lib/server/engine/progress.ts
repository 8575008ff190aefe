import "server-only";
import { StringDecoder } from "node:string_decoder";
import { ApiError, type ErrorCode } from "@/lib/shared/errors";
import { toEngineError } from "./errors";

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
  const decoder = new StringDecoder("utf8");
  let partial = "";
  let overlong = false;
  let failure: string | undefined;
  const take = (line: string) => {
    if (!line.trim()) return;
    let event: ProgressEvent;
    try {
      event = JSON.parse(line) as ProgressEvent;
    } catch {
      return;
    }
    if (typeof event !== "object" || event === null) return;
    const error = event.errorDetail?.message ?? event.error;
    if (error) failure ??= error;
    opts.onProgress(event);
  };
  try {
    for await (const chunk of stream as AsyncIterable<Buffer | string>) {
      const lines = (partial + (typeof chunk === "string" ? chunk : decoder.write(chunk))).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        if (overlong) overlong = false; // the end of a dropped line
        else take(line);
      }
      if (partial.length > MAX_LINE_CHARS) {
        partial = "";
        overlong = true;
      }
    }
    if (!overlong) take(partial + decoder.end());
  } catch (err) {
    if (opts.signal.aborted) throw new ApiError("aborted", "cancelled");
    throw toEngineError(err);
  }
  if (failure) throw new ApiError(opts.failureCode ?? "engine_error", failure);
  if (opts.signal.aborted) throw new ApiError("aborted", "cancelled");
}
