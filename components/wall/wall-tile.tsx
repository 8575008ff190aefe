"use client";

import clsx from "clsx";
import { useEffect, useState } from "react";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import type { StatsSample } from "@/lib/shared/types/stats";
import { subscribeStats } from "@/lib/browser/live/stats-subscriptions";
import { formatStatsMemory } from "@/components/containers/stats/format-stats";
import { StatusIcon, exitedWithError } from "@/components/containers/status-icon";

const STATE_TONE: Partial<Record<ContainerSummary["state"], string>> = {
  running: "text-running-ink",
  paused: "text-warning-ink",
  restarting: "text-warning-ink",
  dead: "text-danger-ink",
};

/** A running container's latest sample, from the same shared stats stream the Stats tab and the list use. */
function useSample(id: string, running: boolean): StatsSample | undefined {
  const [sample, setSample] = useState<StatsSample | undefined>();
  useEffect(() => {
    if (!running) {
      setSample(undefined);
      return;
    }
    return subscribeStats(id, (u) => setSample(u.type === "sample" ? u.sample : undefined));
  }, [id, running]);
  return sample;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-[13px] font-semibold uppercase tracking-wide text-ink-muted">{label}</dt>
      <dd className="truncate font-mono text-[28px] leading-tight text-ink tabular-nums">{value}</dd>
    </div>
  );
}

export function WallTile({ container }: { container: ContainerSummary }) {
  const running = container.state === "running";
  const sample = useSample(container.id, running);
  const failed = exitedWithError(container.state, container.status);
  return (
    <li
      aria-label={container.name}
      data-state={container.state}
      className={clsx(
        "flex min-w-0 flex-col gap-3 rounded-md border border-l-8 bg-surface p-4",
        running ? "border-line border-l-running" : failed || container.state === "dead" ? "border-line border-l-danger" : "border-line border-l-ink-faint",
      )}
    >
      <div className="flex min-w-0 items-center gap-2">
        <StatusIcon state={container.state} status={container.status} className="size-7 shrink-0" />
        <h2 className="min-w-0 truncate text-[24px] font-semibold leading-tight text-ink" title={container.name}>
          {container.name}
        </h2>
      </div>
      <p className={clsx("text-[20px] font-semibold uppercase tracking-wide", failed ? "text-danger-ink" : (STATE_TONE[container.state] ?? "text-ink-muted"))}>
        <span data-testid="wall-state">{container.state}</span>
        <span className="ml-2 text-[15px] font-normal normal-case tracking-normal text-ink-muted">{container.status}</span>
      </p>
      <dl className="grid grid-cols-2 gap-3">
        <Figure label="CPU" value={!running ? "—" : sample ? `${sample.cpuPercent.toFixed(1)}%` : "…"} />
        <Figure label="Memory" value={!running ? "—" : sample ? formatStatsMemory(sample.memUsage) : "…"} />
      </dl>
    </li>
  );
}
