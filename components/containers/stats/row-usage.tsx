"use client";

import { useEffect, useState } from "react";
import clsx from "clsx";
import type { StatsSample } from "@/lib/shared/types/stats";
import { subscribeStats } from "@/lib/browser/live/stats-subscriptions";
import { formatStatsMemory } from "@/components/containers/stats/format-stats";
import { IconToggle } from "@/components/ui/icon-toggle";

/**
 * A running row's CPU and memory while the list's usage toggle is on. It shares the container's one
 * server-side stream with any open Stats tab.
 */
export function RowUsage({ id, name, selected }: { id: string; name: string; selected: boolean }) {
  const [sample, setSample] = useState<StatsSample | undefined>();
  useEffect(() => subscribeStats(id, (u) => setSample(u.type === "sample" ? u.sample : undefined)), [id]);
  const text = sample ? `${sample.cpuPercent.toFixed(1)}% · ${formatStatsMemory(sample.memUsage)}` : "…";
  return (
    <span
      aria-label={`${name} usage`}
      title={sample ? `CPU ${sample.cpuPercent.toFixed(2)}%, memory ${formatStatsMemory(sample.memUsage)}` : undefined}
      className={clsx("shrink-0 font-mono tabular-nums", selected ? "text-white" : "text-ink")}
    >
      {text}
    </span>
  );
}

/** The sidebar header's switch for the rows' usage figures (off by default: each row is a stream). */
export function UsageToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <IconToggle
      on={on}
      onChange={onChange}
      label="Usage figures"
      title={on ? "Hide CPU and memory of running containers" : "Show CPU and memory of running containers"}
    >
      {/* A small bar chart. */}
      <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="size-3.5" fill="currentColor">
        <rect x="2" y="8" width="3" height="6" rx="0.5" />
        <rect x="6.5" y="3" width="3" height="11" rx="0.5" />
        <rect x="11" y="6" width="3" height="8" rx="0.5" />
      </svg>
    </IconToggle>
  );
}
