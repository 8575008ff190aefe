"use client";

import Link from "next/link";
import { memo, useLayoutEffect, useRef } from "react";
import type { Task, TaskOutput } from "@/lib/shared/types/images";
import { imageHref } from "@/lib/browser/paths/images";
import { parseAnsi } from "@/lib/browser/logs/ansi";
import { spanStyle } from "@/components/containers/logs/log-row";

const Line = memo(function Line({ text }: { text: string }) {
  return (
    <div className="min-h-5 whitespace-pre-wrap break-all">
      {parseAnsi(text).map((span, i) => (
        <span key={i} style={spanStyle(span)}>
          {span.text}
        </span>
      ))}
    </div>
  );
});

/** The build's output as the engine writes it, ANSI colours as spans; follows the end unless scrolled up. */
export function BuildOutput({ output, label, className }: { output?: TaskOutput; label: string; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const atEnd = useRef(true);

  useLayoutEffect(() => {
    const el = ref.current;
    if (el && atEnd.current) el.scrollTop = el.scrollHeight;
  }, [output]);

  const dropped = output?.dropped ?? 0;
  return (
    <div
      ref={ref}
      role="log"
      aria-label={label}
      tabIndex={0}
      onScroll={(e) => {
        const el = e.currentTarget;
        atEnd.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
      }}
      className={`overflow-auto rounded bg-panel px-3 py-2 font-mono text-[12px] leading-5 text-[#e6edf4] ${className ?? "max-h-72"}`}
    >
      {dropped > 0 && (
        <div className="text-[#93a4ac] italic">
          {dropped.toLocaleString("en-US")} earlier {dropped === 1 ? "line" : "lines"} not kept
        </div>
      )}
      {output?.lines.length ? (
        output.lines.map((line, i) => <Line key={dropped + i} text={line} />)
      ) : (
        <div className="text-[#93a4ac] italic">Waiting for the engine…</div>
      )}
    </div>
  );
}

/** A build in the task centre: its output on request, and the image once built. */
export function BuildTaskDetails({ task }: { task: Task }) {
  return (
    <div className="mt-1.5 space-y-1">
      {task.state === "succeeded" && task.imageId && (
        <Link href={imageHref(task.imageId)} className="text-xs font-medium text-brand-dark hover:underline">
          Open the image
        </Link>
      )}
      <details open={task.state === "failed"}>
        <summary className="cursor-pointer text-xs text-ink-muted hover:text-ink">Output</summary>
        <BuildOutput output={task.output} label={`Output of the build of ${task.target}`} className="mt-1 max-h-48" />
      </details>
    </div>
  );
}
