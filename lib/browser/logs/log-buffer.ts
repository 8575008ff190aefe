import type { LogLine } from "@/lib/shared/types/logs";
import { ansiPlainText, parseAnsi, type AnsiSpan } from "./ansi";

// The browser's side of the log: a bounded list of rows. A container that floods must not grow the
// tab's memory without bound, so the oldest rows go and one marker row says how many.

export const MAX_ROWS = 10_000;

export type LogRow =
  | { kind: "line"; key: number; line: LogLine; spans?: AnsiSpan[]; plain?: string }
  | { kind: "skipped"; key: number; count: number; where: "server" | "browser" };

export function rowSpans(row: Extract<LogRow, { kind: "line" }>): AnsiSpan[] {
  return (row.spans ??= parseAnsi(row.line.text));
}

export function rowPlain(row: Extract<LogRow, { kind: "line" }>): string {
  return (row.plain ??= ansiPlainText(row.line.text));
}

export class LogBuffer {
  rows: LogRow[] = [];
  /** Lines dropped from the top to stay within `max`. */
  droppedOlder = 0;
  private nextKey = 0;

  constructor(private readonly max = MAX_ROWS) {}

  append(items: (LogLine | { skipped: number })[]) {
    for (const item of items) {
      if ("skipped" in item) {
        const last = this.rows.at(-1);
        // Consecutive gaps read as one.
        if (last?.kind === "skipped" && last.where === "server") last.count += item.skipped;
        else this.rows.push({ kind: "skipped", key: this.nextKey++, count: item.skipped, where: "server" });
      } else {
        this.rows.push({ kind: "line", key: this.nextKey++, line: item });
      }
    }
    const over = this.rows.length - this.max;
    if (over > 0) {
      for (const r of this.rows.slice(0, over)) this.droppedOlder += r.kind === "line" ? 1 : 0;
      // A new array: React sees the change and memoised filters recompute.
      this.rows = this.rows.slice(over);
    } else {
      this.rows = this.rows.slice();
    }
  }

  clear() {
    this.rows = [];
    this.droppedOlder = 0;
  }
}
