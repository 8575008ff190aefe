"use client";

import type { ReactNode } from "react";
import { formatBytes } from "@/lib/shared/format-bytes";
import { KIND_NOUN } from "@/lib/shared/cleanup/preview-rows";
import type { CleanupResult } from "@/lib/shared/cleanup/types";
import { CloseIcon } from "@/components/ui/icons";

function Column({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <div>
      <h3 className="text-[11px] font-semibold uppercase tracking-wide text-ink-muted">{title}</h3>
      {count === 0 ? (
        <p className="mt-1 text-ink-faint">Nothing.</p>
      ) : (
        <ul aria-label={title} className="mt-1 space-y-1">
          {children}
        </ul>
      )}
    </div>
  );
}

/** What a cleanup did: removed, skipped and why, and the space it gave back. */
export function CleanupResultPanel({ result, onDismiss }: { result: CleanupResult; onDismiss: () => void }) {
  return (
    <section aria-label="Cleanup result" className="rounded border border-line bg-surface">
      <header className="flex items-center gap-3 border-b border-line px-3 py-2">
        <h2 className="text-[13px] font-semibold text-ink">
          Removed {result.removed.length} {result.removed.length === 1 ? "item" : "items"} · {formatBytes(result.reclaimedBytes)} reclaimed
          {result.skipped.length > 0 && <span className="text-warning-ink"> · {result.skipped.length} skipped</span>}
        </h2>
        <button type="button" aria-label="Dismiss result" className="ml-auto text-ink-muted hover:text-ink" onClick={onDismiss}>
          <CloseIcon className="size-4" />
        </button>
      </header>
      <div className="grid gap-4 px-3 py-2.5 text-[13px] md:grid-cols-2">
        <Column title="Removed" count={result.removed.length}>
          {result.removed.map((r) => (
            <li key={`${r.kind}:${r.id}`} className="flex gap-2">
              <span className="w-20 shrink-0 text-ink-muted">{KIND_NOUN[r.kind]}</span>
              <span className="min-w-0 flex-1 truncate font-mono">{r.name}</span>
              <span className="shrink-0 tabular-nums text-ink-muted">{formatBytes(r.size)}</span>
            </li>
          ))}
        </Column>
        <Column title="Skipped" count={result.skipped.length}>
          {result.skipped.map((s) => (
            <li key={`${s.kind}:${s.id}`} className="rounded bg-warning-tint px-2 py-1">
              <span className="text-ink-muted">{KIND_NOUN[s.kind]}</span> <span className="font-mono">{s.name ?? s.id}</span>
              <span className="block text-[12px] text-warning-ink">{s.reason}</span>
            </li>
          ))}
        </Column>
      </div>
    </section>
  );
}
