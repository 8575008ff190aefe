import type { ReactNode } from "react";

/** One `docker stats` column: a label, the figure, and a quieter second line. */
export function StatTile({ label, value, detail }: { label: string; value: ReactNode; detail?: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="min-w-0 rounded border border-line bg-surface px-3 py-2.5">
      <p className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">{label}</p>
      <p className="mt-1 truncate font-mono text-[17px] font-semibold text-ink tabular-nums">{value}</p>
      {detail && <p className="mt-0.5 truncate text-[12px] text-ink-muted tabular-nums">{detail}</p>}
    </div>
  );
}
