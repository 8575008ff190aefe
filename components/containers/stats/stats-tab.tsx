"use client";

import { useMemo } from "react";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { useContainerStats } from "@/lib/browser/hooks/use-container-stats";
import { EmptyState } from "@/components/ui/empty-state";
import { Spinner } from "@/components/ui/spinner";
import { StatTile } from "@/components/containers/stats/stat-tile";
import { UsageChart } from "@/components/containers/stats/usage-chart";
import { formatStatsMemory, formatStatsIo, formatPercent, formatRate } from "@/components/containers/stats/format-stats";

// States in which the engine has live counters for the container.
const LIVE_STATES = new Set(["running", "paused", "restarting"]);

/** Live `docker stats` for one container: the current figures and the last five minutes as charts. */
export function StatsTab({ container }: { container: ContainerDetail }) {
  const live = LIVE_STATES.has(container.state);
  const { latest, history, stopped } = useContainerStats(container.id, live);

  const cpuSeries = useMemo(() => [{ label: "CPU", color: "#22b8eb", values: history.cpu }], [history]);
  const memSeries = useMemo(() => [{ label: "Memory", color: "#15cc35", values: history.mem }], [history]);
  const netSeries = useMemo(
    () => [
      { label: "Received", color: "#22b8eb", values: history.rxRate },
      { label: "Sent", color: "#ffbe05", values: history.txRate },
    ],
    [history],
  );

  if (!live) {
    return (
      <EmptyState title="Not running">
        {container.name} is {container.state}. Resource usage shows here while it runs.
      </EmptyState>
    );
  }
  if (!latest) {
    return stopped ? (
      <EmptyState title="No readings">
        {stopped === "not running" ? `${container.name} is not running.` : stopped}
      </EmptyState>
    ) : (
      <div className="flex items-center justify-center gap-2 py-10 text-[13px] text-ink-muted">
        <Spinner /> Waiting for the first reading…
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-3 p-5">
      <div className="grid grid-cols-[repeat(auto-fit,minmax(150px,1fr))] gap-3" aria-label="Current usage" role="group">
        <StatTile label="CPU" value={formatPercent(latest.cpuPercent)} detail="100% = one core" />
        <StatTile
          label="Memory"
          value={formatPercent(latest.memPercent)}
          detail={`${formatStatsMemory(latest.memUsage)} / ${formatStatsMemory(latest.memLimit)}`}
        />
        <StatTile
          label="Net I/O"
          value={`${formatStatsIo(latest.netRx)} / ${formatStatsIo(latest.netTx)}`}
          detail="received / sent"
        />
        <StatTile
          label="Block I/O"
          value={`${formatStatsIo(latest.blockRead)} / ${formatStatsIo(latest.blockWrite)}`}
          detail="read / written"
        />
        <StatTile label="PIDs" value={latest.pids} detail={container.state === "paused" ? "paused" : "processes"} />
      </div>
      <div className="grid grid-cols-1 gap-3 xl:grid-cols-3" aria-label="Last 5 minutes" role="group">
        <UsageChart title="CPU %" time={history.time} series={cpuSeries} format={formatPercent} min={1} />
        <UsageChart title="Memory" time={history.time} series={memSeries} format={formatStatsMemory} />
        <UsageChart title="Network" time={history.time} series={netSeries} format={formatRate} />
      </div>
    </div>
  );
}
