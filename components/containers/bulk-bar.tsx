"use client";

import { useState } from "react";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import type { BulkAction } from "@/lib/shared/schemas/containers";
import { errorMessage } from "@/lib/browser/api/api-error";
import { runBulkAction } from "@/lib/browser/api/container-actions";
import { markUserStop } from "@/lib/browser/containers/user-stops";
import { useTasks } from "@/lib/browser/hooks/use-tasks";
import { BulkRemoveDialog } from "@/components/containers/bulk-remove-dialog";

const VERBS: { action: Exclude<BulkAction, "remove">; label: string }[] = [
  { action: "start", label: "Start" },
  { action: "stop", label: "Stop" },
  { action: "restart", label: "Restart" },
];

const OUTCOME_TEXT = { pending: "…", done: "done", skipped: "skipped", failed: "failed" } as const;

/** The list's bulk row: select all matching the filter, then one task for the ticked ones, its results below. */
export function BulkBar({
  matching,
  selected,
  onSelectAll,
  onClear,
}: {
  matching: readonly ContainerSummary[];
  selected: ReadonlySet<string>;
  onSelectAll: (all: boolean) => void;
  onClear: () => void;
}) {
  const [taskId, setTaskId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const { tasks } = useTasks();
  const task = taskId ? tasks?.find((t) => t.id === taskId) : undefined;
  const ids = [...selected];
  const allChecked = matching.length > 0 && matching.every((c) => selected.has(c.id));

  async function run(action: BulkAction, opts = { force: false, volumes: false }) {
    setError(null);
    if (action !== "start") markUserStop(ids);
    try {
      const started = await runBulkAction({ action, ids, ...opts });
      setTaskId(started.id);
    } catch (err) {
      setError(errorMessage(err));
      throw err;
    }
  }

  return (
    <div className="border-b border-line text-[12px]">
      <div className="flex min-h-8 flex-wrap items-center gap-x-1.5 gap-y-0.5 py-1 pr-2 pl-1.5">
        <input
          type="checkbox"
          aria-label="Select all matching the filter"
          checked={allChecked}
          onChange={(e) => onSelectAll(e.target.checked)}
          className="size-3.5 accent-brand"
        />
        <span className="text-ink-muted tabular-nums">{selected.size ? `${selected.size} selected` : "Select"}</span>
        {selected.size > 0 && (
          <button type="button" aria-label="Clear the selection" onClick={onClear} className="ml-auto rounded px-1 py-0.5 text-ink-muted hover:bg-hover">
            ✕
          </button>
        )}
        {selected.size > 0 && (
          // Its own line: four verbs do not fit beside the count in the 260 px sidebar.
          <div role="group" aria-label="Bulk actions" className="flex w-full flex-wrap items-center gap-0.5">
            {VERBS.map((v) => (
              <button key={v.action} type="button" onClick={() => void run(v.action).catch(() => {})} className="rounded border border-line px-1.5 py-0.5 font-semibold text-ink hover:bg-hover">
                {v.label}
              </button>
            ))}
            <button type="button" onClick={() => setRemoving(true)} className="rounded border border-line px-1.5 py-0.5 font-semibold text-danger-ink hover:bg-hover">
              Remove
            </button>
          </div>
        )}
      </div>
      {error && (
        <p role="alert" className="px-2 pb-1.5 text-danger-ink">
          {error}
        </p>
      )}
      {task?.results && (
        <section aria-label="Bulk result" className="max-h-40 overflow-y-auto border-t border-line bg-pane px-2 py-1.5">
          <div className="flex items-center gap-2">
            <p className="min-w-0 flex-1 truncate font-semibold text-ink">
              {task.target}: {task.state === "running" ? "running" : task.status}
            </p>
            <button type="button" aria-label="Dismiss the result" onClick={() => setTaskId(null)} className="text-ink-muted hover:text-ink">
              ✕
            </button>
          </div>
          <ul className="mt-1 space-y-0.5">
            {task.results.map((r) => (
              <li key={r.id} aria-label={`${r.name} ${r.outcome}`} className="flex gap-1.5">
                <span className="truncate font-mono text-ink">{r.name}</span>
                <span className={r.outcome === "failed" ? "text-danger-ink" : "text-ink-muted"}>{OUTCOME_TEXT[r.outcome]}</span>
                {r.message && (
                  <span className="truncate text-ink-muted" title={r.message}>
                    {r.message}
                  </span>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {removing && <BulkRemoveDialog ids={ids} onConfirm={(opts) => run("remove", opts)} onClose={() => setRemoving(false)} />}
    </div>
  );
}
