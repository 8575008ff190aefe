"use client";

import { useEffect, useRef } from "react";
import { formatDateTime, formatRelative, parseEngineTime } from "@/lib/browser/format-date";
import { formatBytes } from "@/lib/shared/format-bytes";
import { totalSize, type PreviewRow } from "@/lib/shared/cleanup/preview-rows";
import { useNow } from "@/lib/browser/hooks/use-now";
import { CardTable, Cell } from "@/components/ui/data-table";

/** A kind's heading, its per-kind button label and the note under the heading. */
export interface SectionCopy {
  title: string;
  removeAll: string;
  note?: string;
}

function SelectAll({ label, rows, ticked, onTick }: { label: string; rows: PreviewRow[]; ticked: ReadonlySet<string>; onTick: (keys: string[], on: boolean) => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const count = rows.filter((r) => ticked.has(r.key)).length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && count < rows.length;
  }, [count, rows.length]);
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label={label}
      className="accent-brand"
      checked={rows.length > 0 && count === rows.length}
      disabled={rows.length === 0}
      onChange={(e) => onTick(rows.map((r) => r.key), e.target.checked)}
    />
  );
}

function Age({ iso }: { iso?: string }) {
  const now = useNow();
  const date = parseEngineTime(iso);
  if (!date) return <span className="text-ink-faint">—</span>;
  return (
    <time dateTime={date.toISOString()} title={formatDateTime(date)}>
      {formatRelative(date, now)}
    </time>
  );
}

/** One kind of the preview: a checkbox per row (and for all), why each is listed, its age and size. */
export function CleanupSection({
  copy,
  rows,
  ticked,
  onTick,
  onRemoveAll,
  busy,
}: {
  copy: SectionCopy;
  rows: PreviewRow[];
  ticked: ReadonlySet<string>;
  onTick: (keys: string[], on: boolean) => void;
  onRemoveAll: () => void;
  busy: boolean;
}) {
  const headingId = `cleanup-${copy.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
  const tickedRows = rows.filter((r) => ticked.has(r.key));
  return (
    <section aria-labelledby={headingId} className="rounded border border-line bg-surface">
      <header className="flex min-h-10 flex-wrap items-center gap-3 border-b border-line px-3 py-1.5">
        <SelectAll label={`Select all ${copy.title.toLowerCase()}`} rows={rows} ticked={ticked} onTick={onTick} />
        <h2 id={headingId} className="text-[13px] font-semibold text-ink">
          {copy.title} <span className="font-normal text-ink-muted">· {rows.length}</span>
        </h2>
        {rows.length > 0 && (
          <span className="text-[12px] tabular-nums text-ink-muted">
            {tickedRows.length} ticked · {formatBytes(totalSize(tickedRows))} of {formatBytes(totalSize(rows))}
          </span>
        )}
        <button
          type="button"
          className="ml-auto h-7 rounded border border-line bg-surface px-2 text-[12px] font-medium text-ink-muted hover:border-danger hover:text-danger-ink disabled:cursor-not-allowed disabled:opacity-50"
          disabled={rows.length === 0 || busy}
          onClick={onRemoveAll}
        >
          {copy.removeAll}
        </button>
      </header>
      {copy.note && <p className="border-b border-line px-3 py-1.5 text-[12px] text-ink-muted">{copy.note}</p>}
      {rows.length === 0 ? (
        <p className="px-3 py-3 text-[13px] text-ink-muted">Nothing to remove: no {copy.title.toLowerCase()} right now.</p>
      ) : (
        <CardTable className="w-full table-fixed text-left text-[13px]" aria-label={copy.title}>
          {/* Fixed columns: the sections line up one under another. */}
          <colgroup>
            <col className="w-9" />
            <col className="w-[36%]" />
            <col />
            <col className="w-32" />
            <col className="w-24" />
          </colgroup>
          <thead className="sr-only">
            <tr>
              <th>Remove</th>
              <th>Name</th>
              <th>Why it is listed</th>
              <th>Created</th>
              <th>Size</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              // On a phone the card is two columns: the checkbox beside the name, the other lines under the name.
              <tr key={r.key} className="border-b border-line align-top last:border-0 hover:bg-hover max-sm:grid! max-sm:grid-cols-[1.75rem_minmax(0,1fr)]">
                <Cell className="w-8 py-2 pl-3 max-sm:row-span-4">
                  <input
                    type="checkbox"
                    aria-label={`Select ${r.name}`}
                    className="mt-0.5 accent-brand"
                    checked={ticked.has(r.key)}
                    onChange={(e) => onTick([r.key], e.target.checked)}
                  />
                </Cell>
                <Cell className="px-2 py-2 max-sm:col-start-2">
                  <span className="block truncate font-mono font-medium text-ink" title={r.name}>
                    {r.name}
                  </span>
                  <span className="block truncate font-mono text-[12px] text-ink-muted" title={r.detail}>
                    {r.detail}
                  </span>
                  {r.project && (
                    <span className="mt-0.5 inline-block rounded bg-brand-tint px-1.5 text-[11px] text-ink" title={`Compose project ${r.project}`}>
                      stack {r.project}
                    </span>
                  )}
                </Cell>
                <Cell label="Why" className="px-2 py-2 text-ink-muted max-sm:col-start-2">{r.reason}</Cell>
                <Cell label="Created" className="whitespace-nowrap px-2 py-2 text-ink-muted max-sm:col-start-2">
                  <Age iso={r.created} />
                </Cell>
                <Cell label="Size" className="whitespace-nowrap py-2 pl-2 pr-3 text-right tabular-nums max-sm:col-start-2">{formatBytes(r.size)}</Cell>
              </tr>
            ))}
          </tbody>
        </CardTable>
      )}
    </section>
  );
}
