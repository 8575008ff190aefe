import "server-only";
import { StringDecoder } from "node:string_decoder";
import type { LogLine, LogStreamName } from "@/lib/shared/types/logs";

// Turns the engine's byte chunks into lines. No engine access here, so it is unit-tested on its own.

/** Longer lines are cut here: a single 100 MB line must not live in the server's memory. */
export const MAX_LINE_CHARS = 16 * 1024;

// What the engine prefixes to every line with `timestamps=1`: RFC 3339 with nanoseconds, then a space.
const TS_PREFIX = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})) /;

interface Carry {
  decoder: StringDecoder;
  text: string;
  /** The current line already overflowed and was emitted: drop the rest of it up to its newline. */
  dropping: boolean;
}

export class LogLineSplitter {
  private readonly carry: Record<LogStreamName, Carry> = {
    stdout: { decoder: new StringDecoder("utf8"), text: "", dropping: false },
    stderr: { decoder: new StringDecoder("utf8"), text: "", dropping: false },
  };

  constructor(
    private readonly timestamps: boolean,
    private readonly maxChars = MAX_LINE_CHARS,
  ) {}

  /** The complete lines in `chunk` (plus what was carried over); a partial last line waits for more. */
  push(stream: LogStreamName, chunk: Buffer | string): LogLine[] {
    const c = this.carry[stream];
    const text = typeof chunk === "string" ? chunk : c.decoder.write(chunk);
    const out: LogLine[] = [];
    let start = 0;
    for (;;) {
      const nl = text.indexOf("\n", start);
      if (nl === -1) break;
      const piece = text.slice(start, nl);
      start = nl + 1;
      if (c.dropping) {
        c.dropping = false;
        c.text = "";
        continue;
      }
      const whole = c.text ? c.text + piece : piece;
      c.text = "";
      out.push(this.line(stream, whole));
    }
    if (start < text.length && !c.dropping) {
      c.text += text.slice(start);
      if (c.text.length > this.maxChars) {
        out.push(this.line(stream, c.text));
        c.text = "";
        c.dropping = true;
      }
    }
    return out;
  }

  /** What is left when the stream ends: a last line without a newline. */
  flush(): LogLine[] {
    const out: LogLine[] = [];
    for (const stream of ["stdout", "stderr"] as const) {
      const c = this.carry[stream];
      const rest = c.text + c.decoder.end();
      if (rest && !c.dropping) out.push(this.line(stream, rest));
      c.text = "";
      c.dropping = false;
    }
    return out;
  }

  private line(stream: LogStreamName, raw: string): LogLine {
    let text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    let ts: string | undefined;
    if (this.timestamps) {
      const m = TS_PREFIX.exec(text);
      if (m) {
        ts = m[1];
        text = text.slice(m[0].length);
      }
    }
    const line: LogLine = { stream, text };
    if (text.length > this.maxChars) {
      line.text = text.slice(0, this.maxChars);
      line.truncated = true;
    }
    if (ts) line.ts = ts;
    return line;
  }
}

/** A line as `docker logs` (with `--timestamps` when `withTs`) prints it. */
export function formatLogLine(line: LogLine, withTs = true): string {
  return `${withTs && line.ts ? `${line.ts} ` : ""}${line.text}${line.truncated ? " …[truncated]" : ""}\n`;
}
