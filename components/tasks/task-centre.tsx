"use client";

import clsx from "clsx";
import { useEffect, useId, useRef, useState } from "react";
import type { Task } from "@/lib/shared/types/images";
import { useTasks } from "@/lib/browser/hooks/use-tasks";
import { cancelTask } from "@/lib/browser/api/image-actions";
import { onOpenTaskCentre } from "@/lib/browser/tasks/open-task-centre";
import { errorMessage } from "@/lib/browser/api/api-error";
import { Spinner } from "@/components/ui/spinner";
import { TaskProgress } from "./task-progress";
import { BuildOutput, BuildTaskDetails } from "@/components/images/build-output";

const OUTCOME: Record<Task["state"], { text: string; className: string }> = {
  running: { text: "Running", className: "text-brand-dark" },
  succeeded: { text: "Done", className: "text-running" },
  failed: { text: "Failed", className: "text-danger-ink" },
  cancelled: { text: "Cancelled", className: "text-ink-muted" },
};

function TaskItem({ task }: { task: Task }) {
  const [error, setError] = useState<string | null>(null);
  const outcome = OUTCOME[task.state];
  return (
    <li aria-label={`${task.kind} ${task.target}`} className="border-b border-line px-3 py-2.5 last:border-b-0">
      <div className="flex items-center gap-2">
        <span className="text-[11px] font-semibold uppercase text-ink-muted">{task.kind}</span>
        <span className="min-w-0 flex-1 truncate font-mono text-xs text-ink" title={task.target}>
          {task.target}
        </span>
        <span className={clsx("text-xs font-medium", outcome.className)}>{outcome.text}</span>
        {task.state === "running" && (
          <button
            type="button"
            onClick={() => cancelTask(task.id).catch((e: unknown) => setError(errorMessage(e)))}
            className="rounded border border-line px-2 py-0.5 text-xs text-ink hover:bg-hover"
            aria-label={`Cancel ${task.kind} of ${task.target}`}
          >
            Cancel
          </button>
        )}
      </div>
      <div className="mt-1.5">
        <TaskProgress task={task} compact />
      </div>
      {task.kind === "build" && <BuildTaskDetails task={task} />}
      {task.kind === "compose" && (
        <details open={task.state === "failed"} className="mt-1.5">
          <summary className="cursor-pointer text-xs text-ink-muted hover:text-ink">Output</summary>
          <BuildOutput output={task.output} label={`Output of ${task.target}`} className="mt-1 max-h-48" />
        </details>
      )}
      {task.kind === "containers" && task.results && (
        <details open={task.state === "failed"} className="mt-1.5">
          <summary className="cursor-pointer text-xs text-ink-muted hover:text-ink">Per container</summary>
          <ul className="mt-1 max-h-40 space-y-0.5 overflow-y-auto text-xs">
            {task.results.map((r) => (
              <li key={r.id} className="flex gap-1.5">
                <span className="truncate font-mono text-ink">{r.name}</span>
                <span className={r.outcome === "failed" ? "text-danger-ink" : "text-ink-muted"}>{r.outcome}</span>
                {r.message && <span className="truncate text-ink-muted" title={r.message}>{r.message}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {error && <p role="alert" className="mt-1 text-xs text-danger-ink">{error}</p>}
    </li>
  );
}

/** The top bar's task button and its popover: pulls keep running (and show here) across pages and reloads. */
export function TaskCentre() {
  const { tasks } = useTasks();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const running = tasks?.filter((t) => t.state === "running").length ?? 0;

  // A failed task's toast opens the centre: the error and the output are here.
  useEffect(() => onOpenTaskCentre(() => setOpen(true)), []);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") setOpen(false);
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, [open]);

  return (
    <div ref={rootRef} className="relative shrink-0">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        className="flex h-7 items-center gap-1.5 rounded border border-line px-2.5 text-xs font-medium text-ink hover:bg-hover"
      >
        {running > 0 && <Spinner className="size-3.5 text-brand" />}
        Tasks
        {running > 0 && (
          <span aria-label={`${running} running`} className="rounded-full bg-brand px-1.5 text-[11px] font-semibold text-white">
            {running}
          </span>
        )}
      </button>
      {open && (
        <div
          id={panelId}
          role="region"
          aria-label="Task centre"
          className="absolute top-full right-0 z-30 mt-1.5 max-h-[70vh] w-[min(26rem,calc(100vw-1.5rem))] overflow-y-auto rounded border border-line bg-surface shadow-lg shadow-ink/10"
        >
          <h2 className="border-b border-line px-3 py-2 text-[11px] font-semibold uppercase tracking-wide text-ink-muted">
            Tasks
          </h2>
          {tasks?.length ? (
            <ul>
              {tasks.map((task) => (
                <TaskItem key={task.id} task={task} />
              ))}
            </ul>
          ) : (
            <p className="px-3 py-4 text-center text-xs text-ink-muted">No pulls, pushes, builds, stack commands or bulk actions yet.</p>
          )}
        </div>
      )}
    </div>
  );
}
