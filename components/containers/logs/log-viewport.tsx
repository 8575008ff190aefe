"use client";

import { useLayoutEffect, useRef, useState, type ReactNode } from "react";
import type { LogRow } from "@/lib/browser/logs/log-buffer";

// Rows drawn above and below the visible window, so a fast scroll does not show blank space.
const OVERSCAN = 30;

/**
 * The dark log panel as a fixed-row-height virtual list: however many lines the buffer holds, only
 * the ones in view (plus a margin) are in the DOM, so a flood costs the same as a trickle.
 */
export function LogViewport({
  rows,
  rowHeight,
  fontSize,
  follow,
  onScrollUp,
  renderRow,
  empty,
  label = "Container logs",
}: {
  rows: LogRow[];
  rowHeight: number;
  fontSize: number;
  follow: boolean;
  /** The user scrolled up on purpose (wheel, keys): they want to read, not to follow. */
  onScrollUp: () => void;
  renderRow: (row: LogRow) => ReactNode;
  empty: ReactNode;
  label?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setHeight(el.clientHeight));
    ro.observe(el);
    setHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !follow) return;
    el.scrollTop = el.scrollHeight;
    setScrollTop(el.scrollTop);
  }, [rows, follow, rowHeight, height]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / rowHeight) + OVERSCAN);
  const visible = rows.slice(first, last);

  return (
    <div
      ref={ref}
      role="log"
      aria-label={label}
      // A flood read aloud line by line would drown a screen reader; the status line says what changed.
      aria-live="off"
      tabIndex={0}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onWheel={(e) => {
        if (e.deltaY < 0 && follow) onScrollUp();
      }}
      onKeyDown={(e) => {
        if (follow && ["ArrowUp", "PageUp", "Home"].includes(e.key)) onScrollUp();
      }}
      className="relative min-h-0 flex-1 overflow-auto rounded bg-panel py-1 font-mono text-[#e6edf4]"
      style={{ fontSize, lineHeight: `${rowHeight}px` }}
    >
      {rows.length === 0 ? (
        <div className="px-3 py-2 text-[#93a4ac]">{empty}</div>
      ) : (
        <div style={{ height: rows.length * rowHeight, position: "relative", minWidth: "100%" }}>
          {visible.map((row, i) => (
            <div
              key={row.key}
              className="absolute left-0 min-w-full whitespace-pre"
              style={{ top: (first + i) * rowHeight, height: rowHeight }}
            >
              {renderRow(row)}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
