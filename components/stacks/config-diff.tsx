import { diffLines } from "diff";
import { useMemo } from "react";

/** The resolved config old vs new, line by line (jsdiff), as text: removed red, added green. */
export function ConfigDiff({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => diffLines(before, after), [before, after]);
  const changed = parts.some((p) => p.added || p.removed);
  return (
    <div role="region" aria-label="Changes" className="max-h-[28rem] overflow-auto rounded border border-line bg-surface font-mono text-[12px] leading-5">
      {!changed && <p className="px-3 py-2 font-sans text-[13px] text-ink-muted">No change to the resolved config.</p>}
      {parts.flatMap((part, i) =>
        part.value
          .replace(/\n$/, "")
          .split("\n")
          .map((line, j) => (
            <div
              key={`${i}-${j}`}
              className={part.added ? "bg-running/10 text-running-ink" : part.removed ? "bg-danger/10 text-danger-ink" : "text-ink-muted"}
            >
              <span aria-hidden="true">{part.added ? "+ " : part.removed ? "- " : "  "}</span>
              <span className="whitespace-pre">{line}</span>
              {(part.added || part.removed) && <span className="sr-only">{part.added ? " (added)" : " (removed)"}</span>}
            </div>
          )),
      )}
    </div>
  );
}
