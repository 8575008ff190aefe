import "server-only";
import type { TaskOutput } from "@/lib/shared/types/images";

// Folding the engine's build stream (`docker build`'s JSON lines) into what a task shows: the output
// as lines, the current step, the image made. Pure, so the server's task and the tests share it.

/** One line of the engine's build stream. */
export interface BuildEvent {
  stream?: string;
  status?: string;
  /** Set on per-layer pull progress, which is left out of the output. */
  id?: string;
  aux?: { ID?: string };
  error?: string;
  errorDetail?: { message?: string };
}

/** Lines kept per build: enough to read a failing step, bounded so a chatty RUN cannot grow a task without end. */
export const MAX_BUILD_LINES = 2000;
/** A single line longer than this (a minified file cat'ed in a RUN) is cut: the page shows text, not payloads. */
export const MAX_LINE_LENGTH = 2000;

export function emptyOutput(): TaskOutput {
  return { lines: [], open: false, dropped: 0 };
}

function clip(line: string): string {
  return line.length > MAX_LINE_LENGTH ? `${line.slice(0, MAX_LINE_LENGTH)}…` : line;
}

/** Appends a chunk of output that may end mid-line or hold several lines; keeps the last `max` lines. */
export function appendOutput(out: TaskOutput, text: string, max = MAX_BUILD_LINES): void {
  if (!text) return;
  const pieces = text.replace(/\r\n/g, "\n").split("\n");
  // The last piece is what follows the last newline: "" when the chunk ended a line.
  const tail = pieces.pop()!;
  for (const piece of pieces) {
    if (out.open) {
      out.lines[out.lines.length - 1] = clip(out.lines[out.lines.length - 1]! + piece);
      out.open = false;
    } else {
      out.lines.push(clip(piece));
    }
  }
  if (tail) {
    if (out.open) out.lines[out.lines.length - 1] = clip(out.lines[out.lines.length - 1]! + tail);
    else out.lines.push(clip(tail));
    out.open = true;
  }
  const over = out.lines.length - max;
  if (over > 0) {
    out.lines.splice(0, over);
    out.dropped += over;
  }
}

/** What a build task holds: output, overall status, the image id once known. */
export interface BuildFold {
  output?: TaskOutput;
  status: string;
  imageId?: string;
}

const STEP = /^Step \d+\/\d+ : /;

/**
 * Folds one engine event into the task: `stream` text goes to the output (a "Step n/m : …" line
 * also becomes the status), `aux.ID` is the image built, an error line is shown as the last line.
 */
export function foldBuildEvent(task: BuildFold, event: BuildEvent, max = MAX_BUILD_LINES): void {
  const output = (task.output ??= emptyOutput());
  if (event.aux?.ID) task.imageId = event.aux.ID;
  if (typeof event.stream === "string") {
    appendOutput(output, event.stream, max);
    const step = event.stream.trim();
    if (STEP.test(step)) task.status = step;
    else if (step.startsWith("Successfully built") || step.startsWith("Successfully tagged")) task.status = step;
  }
  const error = event.errorDetail?.message ?? event.error;
  if (error) {
    if (output.open) appendOutput(output, "\n", max);
    appendOutput(output, `${error}\n`, max);
    task.status = error;
  } else if (event.status && !event.id && event.stream === undefined) {
    // Pulling a FROM image the engine does not have reports pull statuses here; per-layer ticks are left out.
    appendOutput(output, `${event.status}\n`, max);
  }
}
