import { memo } from "react";
import { rowPlain, rowSpans, type LogRow } from "@/lib/browser/logs/log-buffer";
import { matchRanges, splitByRanges } from "@/lib/browser/logs/log-search";
import type { AnsiSpan } from "@/lib/browser/logs/ansi";

export function spanStyle(s: AnsiSpan): React.CSSProperties | undefined {
  if (!s.color && !s.background && !s.bold && !s.dim && !s.italic && !s.underline && !s.strike) return undefined;
  return {
    color: s.color,
    backgroundColor: s.background,
    fontWeight: s.bold ? 700 : undefined,
    opacity: s.dim ? 0.7 : undefined,
    fontStyle: s.italic ? "italic" : undefined,
    textDecoration: [s.underline && "underline", s.strike && "line-through"].filter(Boolean).join(" ") || undefined,
  };
}

// "2026-11-30T05:20:00.123456789Z" → "2026-11-30 05:20:00.123": the full value stays in the title.
function shortTs(ts: string): string {
  return ts.replace("T", " ").replace(/(\.\d{3})\d*/, "$1").replace(/Z$/, "");
}

/** One log line: engine text rendered as text, ANSI colours as styled spans, search hits as <mark>. */
export const LogRowView = memo(function LogRowView({
  row,
  search,
  showTs,
}: {
  row: LogRow;
  search: RegExp | null;
  showTs: boolean;
}) {
  if (row.kind === "skipped") {
    return (
      <div role="note" className="px-3 text-warning italic">
        {row.count.toLocaleString("en-US")} {row.count === 1 ? "line" : "lines"} skipped — the container writes faster than
        this page can show
      </div>
    );
  }
  const { line } = row;
  const stderr = line.stream === "stderr";
  const pieces = splitByRanges(rowSpans(row), search ? matchRanges(rowPlain(row), search) : []);
  return (
    <div
      data-stream={line.stream}
      className={
        stderr
          ? "border-l-2 border-danger bg-danger/10 pl-2.5 pr-3"
          : "border-l-2 border-transparent pl-2.5 pr-3"
      }
    >
      {stderr && <span className="sr-only">stderr: </span>}
      {showTs && line.ts && (
        <>
          <span className="text-[#93a4ac]" title={line.ts}>
            {shortTs(line.ts)}
          </span>{" "}
        </>
      )}
      {pieces.map((p, i) =>
        p.match ? (
          // The highlight's own colours win over the line's, so a red match stays readable on yellow.
          <mark key={i} style={{ ...spanStyle(p), color: undefined, backgroundColor: undefined }} className="rounded-sm bg-warning text-on-warning">
            {p.text}
          </mark>
        ) : (
          <span key={i} style={spanStyle(p)}>
            {p.text}
          </span>
        ),
      )}
      {line.truncated && <span className="ml-1 text-[#93a4ac] italic">…[line truncated]</span>}
    </div>
  );
});
