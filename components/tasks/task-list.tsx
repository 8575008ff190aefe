"use client";

import clsx from "clsx";
import { useState } from "react";
import type { Task } from "@/lib/shared/types/images";
import { cancelTask } from "@/lib/browser/api/image-actions";
import { errorMessage } from "@/lib/browser/api/api-error";
import { TaskProgress } from "./task-progress";
import { BuildOutput, BuildTaskDetails } from "@/components/images/build-output";

// The task centre's open panel: loaded when it first opens (build output and its ANSI colours are not first paint).

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

/** Every task, newest first, or what the centre is for when there is none. */
export function TaskList({ tasks }: { tasks: Task[] | undefined }) {
  return tasks?.length ? (
    <ul>
      {tasks.map((task) => (
        <TaskItem key={task.id} task={task} />
      ))}
    </ul>
  ) : (
    <p className="px-3 py-4 text-center text-xs text-ink-muted">No pulls, pushes, builds, stack commands or bulk actions yet.</p>
  );
}
