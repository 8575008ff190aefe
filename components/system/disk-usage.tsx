"use client";

import Link from "next/link";
import type { DiskSummary, DiskUsageLine } from "@/lib/shared/types/system";
import { formatBytes } from "@/lib/shared/format-bytes";
import { reclaimableText } from "@/lib/shared/cleanup/reclaimable-text";
import { useDiskSummary } from "@/lib/browser/hooks/use-disk-summary";
import { Skeleton } from "@/components/ui/skeleton";
import { CardTable, Cell } from "@/components/ui/data-table";

/** The System screen's disk card, from the engine's disk summary the server pushes to every tab. */
export function DiskUsageCard() {
  return <DiskUsage summary={useDiskSummary()} />;
}

/**
 * `docker system df` as a table with the CLI's own numbers, and a bar per kind: in use (blue) and reclaimable
 * (yellow), on one scale so the kinds compare at a glance. The bars repeat the table, so they are hidden from
 * screen readers. Without a current summary it says why instead of showing an old one.
 */
export function DiskUsage({ summary }: { summary: DiskSummary | undefined }) {
  const reclaimable = summary?.state === "measured" ? summary.disk.reduce((sum, l) => sum + l.reclaimable, 0) : undefined;
  return (
    <section aria-labelledby="disk-usage-title" aria-busy={summary?.state === "measured" ? summary.updating : true} className="rounded border border-line bg-surface">
      <header className="flex h-9 items-center gap-2 border-b border-line px-3">
        <h2 id="disk-usage-title" className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
          Disk usage
        </h2>
        {reclaimable !== undefined && <span className="text-[12px] text-ink-muted">· {formatBytes(reclaimable)} reclaimable</span>}
        {summary?.state === "measured" && summary.updating && <span className="text-[12px] text-ink-muted">· updating…</span>}
        <Link href="/cleanup" className="ml-auto text-[12px] font-semibold text-brand-dark hover:underline">
          Clean up…
        </Link>
      </header>
      {summary?.state === "measured" ? (
        <DiskTable lines={summary.disk} />
      ) : summary?.state === "unavailable" ? (
        <p role="status" className="px-3 py-4 text-[13px] text-ink-muted">
          {summary.message}
        </p>
      ) : (
        <div className="p-3">
          <Skeleton className="h-28" />
        </div>
      )}
    </section>
  );
}

function DiskTable({ lines }: { lines: DiskUsageLine[] }) {
  const largest = Math.max(1, ...lines.map((l) => l.size));
  return (
    <>
      <CardTable className="text-[13px]" aria-label="Disk usage">
        <thead className="border-b border-line text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
          <tr>
            <th className="px-3 py-2">Type</th>
            <th className="px-3 py-2 text-right">Total</th>
            <th className="px-3 py-2 text-right">Active</th>
            <th className="px-3 py-2 text-right">Size</th>
            <th className="px-3 py-2 text-right">Reclaimable</th>
            <th className="w-2/5 px-3 py-2">
              <span className="sr-only">Chart</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l) => {
            const inUse = Math.max(0, l.size - l.reclaimable);
            return (
              <tr key={l.kind} className="border-b border-line last:border-0">
                <Cell header className="px-3 py-2 font-medium text-ink">
                  {l.label}
                </Cell>
                <Cell label="Total" className="px-3 py-2 text-right tabular-nums">{l.total}</Cell>
                <Cell label="Active" className="px-3 py-2 text-right tabular-nums">{l.active}</Cell>
                <Cell label="Size" className="px-3 py-2 text-right tabular-nums">{formatBytes(l.size)}</Cell>
                <Cell label="Reclaimable" className="whitespace-nowrap px-3 py-2 text-right tabular-nums">{reclaimableText(l.reclaimable, l.size)}</Cell>
                <Cell className="px-3 py-2" aria-hidden="true">
                  <div className="flex h-3 overflow-hidden rounded-sm bg-line" style={{ width: `${Math.max(2, (l.size / largest) * 100)}%` }}>
                    <div className="h-full bg-brand" style={{ width: `${l.size ? (inUse / l.size) * 100 : 0}%` }} />
                    <div className="h-full bg-warning" style={{ width: `${l.size ? (Math.min(l.reclaimable, l.size) / l.size) * 100 : 0}%` }} />
                  </div>
                </Cell>
              </tr>
            );
          })}
        </tbody>
      </CardTable>
      <p className="flex flex-wrap items-center gap-x-4 border-t border-line px-3 py-1.5 text-[12px] text-ink-muted">
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="size-2.5 rounded-sm bg-brand" /> in use
        </span>
        <span className="flex items-center gap-1.5">
          <span aria-hidden="true" className="size-2.5 rounded-sm bg-warning" /> reclaimable
        </span>
        <span>Sizes as docker system df prints them (1 MB = 1000 kB).</span>
      </p>
    </>
  );
}
