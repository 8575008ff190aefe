import "server-only";
import type { LogLine, LogStreamName } from "@/lib/shared/types/logs";
import { LineSplitter } from "./line-splitter";

// Turns the engine's byte chunks into log lines, stdout and stderr each with its own partial line. No engine access
// here, so it is unit-tested on its own.

/** Longer lines are cut here: a single 100 MB line must not live in the server's memory. */
export const MAX_LINE_CHARS = 16 * 1024;
// The engine's `timestamps=1` prefix ("2026-11-30T05:20:00.123456789Z ") is cut with the line: allow for it.
const TS_ROOM = 40;

// What the engine prefixes to every line with `timestamps=1`: RFC 3339 with nanoseconds, then a space.
const TS_PREFIX = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

export class LogLineSplitter {
  private out: LogLine[] = [];
  private readonly splitters: Record<LogStreamName, LineSplitter>;

  constructor(
    private readonly timestamps: boolean,
    private readonly maxChars = MAX_LINE_CHARS,
  ) {
    const room = timestamps ? maxChars + TS_ROOM : maxChars;
    this.splitters = {
      stdout: new LineSplitter((text, cut) => this.line("stdout", text, cut), { maxChars: room }),
      stderr: new LineSplitter((text, cut) => this.line("stderr", text, cut), { maxChars: room }),
    };
  }

  /** The complete lines in `chunk` (plus what was carried over); a partial last line waits for more. */
  push(stream: LogStreamName, chunk: Buffer | string): LogLine[] {
    this.splitters[stream].push(chunk);
    return this.take();
  }

  /** What is left when the stream ends: a last line without a newline. */
  flush(): LogLine[] {
    this.splitters.stdout.end();
    this.splitters.stderr.end();
    return this.take();
  }

  private take(): LogLine[] {
    const lines = this.out;
    if (lines.length) this.out = [];
    return lines;
  }

  private line(stream: LogStreamName, raw: string, cut: boolean): void {
    let text = raw;
    let ts: string | undefined;
    if (this.timestamps) {
      // The stamp runs to the first space; checked cheaply first, a regex only for what looks like one.
      const sp = raw.indexOf(" ");
      if (sp >= 19 && sp <= 35 && raw.charCodeAt(10) === 84 /* T */ && TS_PREFIX.test(raw.slice(0, sp))) {
        ts = raw.slice(0, sp);
        text = raw.slice(sp + 1);
      }
    }
    const line: LogLine = { stream, text };
    if (text.length > this.maxChars) {
      line.text = text.slice(0, this.maxChars);
      line.truncated = true;
    } else if (cut) line.truncated = true;
    if (ts) line.ts = ts;
    this.out.push(line);
  }
}

/** A line as `docker logs` (with `--timestamps` when `withTs`) prints it. */
export function formatLogLine(line: LogLine, withTs = true): string {
  return `${withTs && line.ts ? `${line.ts} ` : ""}${line.text}${line.truncated ? " …[truncated]" : ""}\n`;
}
