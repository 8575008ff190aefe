import "server-only";
import { StringDecoder } from "node:string_decoder";

// The engine's line-oriented streams — log lines, NDJSON stats readings and progress reports — all arrive as byte
// chunks cut anywhere (in a line, in a UTF-8 character). This is the one place they become lines: synchronously, one
// callback per line and no array per chunk, so a log flood of short lines costs a slice per line and nothing more.

export interface LineSplitterOptions {
  /**
   * The longest line kept. A longer one is handed over once, cut to this length with `truncated` set, and the rest of
   * it is dropped up to its newline: a single 100 MB line must not live in the server's memory. NDJSON readers skip
   * truncated lines (a cut JSON value does not parse anyway); the log keeps the cut line and says so.
   */
  maxChars: number;
}

export type OnLine = (line: string, truncated: boolean) => void;

export class LineSplitter {
  private readonly decoder = new StringDecoder("utf8");
  /** The start of a line whose newline has not come yet. */
  private carry = "";
  /** The current line overflowed and was handed over: drop what is left of it up to its newline. */
  private dropping = false;

  constructor(
    private readonly onLine: OnLine,
    private readonly opts: LineSplitterOptions,
  ) {}

  /** Hands over every line `chunk` completes; a partial last line waits for the next chunk or `end()`. */
  push(chunk: Buffer | string): void {
    const text = typeof chunk === "string" ? chunk : this.decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      if (this.dropping) {
        this.dropping = false;
      } else if (this.carry) {
        const line = this.carry + text.slice(start, nl);
        this.carry = "";
        this.deliver(line);
      } else {
        this.deliver(text.slice(start, nl));
      }
      start = nl + 1;
    }
    if (start < text.length && !this.dropping) {
      this.carry += start === 0 ? text : text.slice(start);
      if (this.carry.length > this.opts.maxChars) {
        this.deliver(this.carry);
        this.carry = "";
        this.dropping = true;
      }
    }
  }

  /** The stream ended: a last line without a newline is a line too. */
  end(): void {
    const rest = this.carry + this.decoder.end();
    const dropped = this.dropping;
    this.carry = "";
    this.dropping = false;
    if (rest && !dropped) this.deliver(rest);
  }

  private deliver(raw: string): void {
    // CRLF (a TTY's output, Windows programs): the line is what comes before the CR.
    const line = raw.charCodeAt(raw.length - 1) === 13 ? raw.slice(0, -1) : raw;
    if (line.length > this.opts.maxChars) this.onLine(line.slice(0, this.opts.maxChars), true);
    else this.onLine(line, false);
  }
}

/**
 * An NDJSON reader's line handler: each line that parses to a JSON object goes to `onValue`. A malformed line, a
 * non-object or a truncated (overlong) line is skipped: one bad line must not end a stream that lives for hours.
 */
export function jsonObjectLines<T extends object>(onValue: (value: T) => void): OnLine {
  return (line, truncated) => {
    if (truncated || !line.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return;
    }
    if (typeof value === "object" && value !== null) onValue(value as T);
  };
}
