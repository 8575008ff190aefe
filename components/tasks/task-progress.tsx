"use client";

import clsx from "clsx";
import type { Task, TaskLayer } from "@/lib/shared/types/images";
import { formatBytes } from "@/lib/shared/format-bytes";
import { isLayerDone } from "@/lib/shared/images/layer-status";

/** Bytes done over bytes known, across layers that reported a size. */
export function totalProgress(task: Task): { current: number; total: number } {
  let current = 0;
  let total = 0;
  for (const layer of task.layers) {
    if (!layer.total) continue;
    total += layer.total;
    current += Math.min(layer.current ?? 0, layer.total);
  }
  return { current, total };
}

function Bar({ value, max, label, className }: { value: number; max: number; label: string; className?: string }) {
  const percent = max > 0 ? Math.round((value / max) * 100) : 0;
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className={clsx("h-1.5 overflow-hidden rounded-full bg-line", className)}
    >
      <div className="h-full bg-brand transition-[width]" style={{ width: `${percent}%` }} />
    </div>
  );
}

function LayerRow({ layer }: { layer: TaskLayer }) {
  const done = isLayerDone(layer.status);
  return (
    <li className="grid grid-cols-[6.5rem_1fr_12rem] items-center gap-2 text-xs">
      <span className="truncate font-mono text-ink-muted">{layer.id}</span>
      {layer.total && !done ? <Bar value={layer.current ?? 0} max={layer.total} label={`Layer ${layer.id}`} /> : <span />}
      <span title={layer.status} className={clsx("truncate text-right", done ? "text-running" : "text-ink-muted")}>
        {layer.status}
        {layer.total && !done ? ` ${formatBytes(layer.current ?? 0)}/${formatBytes(layer.total)}` : ""}
      </span>
    </li>
  );
}

/** Per-layer bars and the total, as the engine reports them; the outcome once finished. */
export function TaskProgress({ task, compact = false }: { task: Task; compact?: boolean }) {
  const { current, total } = totalProgress(task);
  return (
    <div className="space-y-1.5">
      {/* A build reports steps, not bytes: its status line says where it is. */}
      {task.state === "running" && (task.kind === "pull" || task.kind === "push") && (
        <div className="flex items-center gap-2 text-xs">
          <Bar value={current} max={total} label={`Progress of ${task.target}`} className="flex-1" />
          <span className="w-28 shrink-0 text-right text-ink-muted">
            {total ? `${formatBytes(current)} / ${formatBytes(total)}` : "waiting…"}
          </span>
        </div>
      )}
      <p className={clsx("text-xs break-words", task.state === "failed" ? "text-danger-ink" : "text-ink-muted")}>
        {task.state === "failed" ? task.error : task.state === "cancelled" ? "Cancelled" : task.status}
      </p>
      {!compact && task.layers.length > 0 && (
        <ul aria-label={`Layers of ${task.target}`} className="space-y-1">
          {task.layers.map((layer) => (
            <LayerRow key={layer.id} layer={layer} />
          ))}
        </ul>
      )}
    </div>
  );
}
