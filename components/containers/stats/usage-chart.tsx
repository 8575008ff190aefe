"use client";

import { useEffect, useRef } from "react";
import { useTheme } from "next-themes";
import type uPlot from "uplot";
import "uplot/dist/uPlot.min.css";

export interface ChartSeries {
  label: string;
  color: string;
  values: number[];
}

const HEIGHT = 140;

/**
 * A small live line chart (uPlot: canvas, cheap to redraw every second). uPlot touches the DOM when it
 * loads, so it is imported in the browser only.
 */
export function UsageChart({
  title,
  time,
  series,
  format,
  min,
}: {
  title: string;
  time: number[];
  series: ChartSeries[];
  format: (value: number) => string;
  /** The y scale reaches at least this high, e.g. 1 (%), so an idle container is not drawn as a line along the top. */
  min?: number;
}) {
  const box = useRef<HTMLDivElement>(null);
  const { resolvedTheme } = useTheme();
  const plot = useRef<uPlot | null>(null);
  const latest = useRef({ time, series, format });
  latest.current = { time, series, format };
  const shape = series.map((s) => `${s.label}:${s.color}`).join("|");

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import("uplot").then(({ default: UPlot }) => {
      const el = box.current;
      if (disposed || !el) return;
      const { series: initial } = latest.current;
      const fmt = (v: number) => latest.current.format(v);
      // uPlot draws on a canvas, which cannot read CSS variables: take the theme's values now (rebuilt on a switch).
      const tokens = getComputedStyle(document.documentElement);
      const colours = {
        axis: tokens.getPropertyValue("--color-ink-muted").trim() || "#66757f",
        grid: tokens.getPropertyValue("--color-line").trim() || "#e6edf4",
      };
      const opts: uPlot.Options = {
        width: Math.max(200, el.clientWidth),
        height: HEIGHT,
        // The lines are named in the caption instead (uPlot's legend is a row under the canvas that would make this
        // card taller than its neighbours).
        legend: { show: false },
        cursor: { drag: { x: false, y: false }, points: { size: 5 } },
        scales: { x: { time: true }, y: { range: (_u, _lo, hi) => [0, Math.max(hi * 1.1, min ?? 0) || 1] } },
        axes: [
          {
            stroke: colours.axis,
            grid: { stroke: colours.grid, width: 1 },
            ticks: { stroke: colours.grid, width: 1 },
            font: "11px system-ui",
            space: 70,
            // Whole seconds and minutes: readings come once a second.
            incrs: [1, 5, 10, 15, 30, 60, 120, 300],
            values: (_u, splits) => splits.map(clock),
          },
          {
            stroke: colours.axis,
            grid: { stroke: colours.grid, width: 1 },
            ticks: { stroke: colours.grid, width: 1 },
            font: "11px system-ui",
            size: 64,
            values: (_u, splits) => splits.map(fmt),
          },
        ],
        series: [
          {},
          ...initial.map((s) => ({
            label: s.label,
            stroke: s.color,
            width: 1.5,
            fill: `${s.color}1a`,
            points: { show: false },
            value: (_u: uPlot, v: number | null) => (v === null ? "—" : fmt(v)),
          })),
        ],
      };
      plot.current = new UPlot(opts, toData(latest.current), el);
      observer = new ResizeObserver(() => {
        if (plot.current && el.clientWidth > 0) plot.current.setSize({ width: el.clientWidth, height: HEIGHT });
      });
      observer.observe(el);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
    // Rebuilt only when the series change; new data goes through setData below.
  }, [shape, min, resolvedTheme]);

  useEffect(() => {
    plot.current?.setData(toData({ time, series }));
  }, [time, series]);

  return (
    <figure className="min-w-0 rounded border border-line bg-surface">
      <figcaption className="flex h-9 items-center gap-3 border-b border-line px-3 text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
        {title}
        {/* A single line is named by the title already; two or more get a key. */}
        {series.length > 1 && (
          <span className="ml-auto flex items-center gap-3 font-normal normal-case tracking-normal">
            {series.map((s) => (
              <span key={s.label} className="flex items-center gap-1">
                <span aria-hidden="true" className="inline-block h-0.5 w-3 rounded-full" style={{ backgroundColor: s.color }} />
                {s.label}
              </span>
            ))}
          </span>
        )}
      </figcaption>
      <div ref={box} className="px-1 pt-2 pb-1 text-[11px]" role="img" aria-label={`${title} chart, last 5 minutes`} />
    </figure>
  );
}

function clock(unixSeconds: number): string {
  return new Date(unixSeconds * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });
}

function toData({ time, series }: { time: number[]; series: ChartSeries[] }): uPlot.AlignedData {
  return [time, ...series.map((s) => s.values)];
}
