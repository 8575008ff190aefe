"use client";

import dynamic from "next/dynamic";
import { useEffect, useId, useRef, useState } from "react";
import { useTasks } from "@/lib/browser/hooks/use-tasks";
import { onOpenTaskCentre } from "@/lib/browser/tasks/open-task-centre";
import { Spinner } from "@/components/ui/spinner";

// The panel's list (build output, ANSI colours, progress bars) loads when the centre first opens.
const TaskList = dynamic(() => import("./task-list").then((m) => m.TaskList));

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
        className="flex h-7 items-center gap-1.5 whitespace-nowrap rounded border border-line px-2.5 text-xs font-medium text-ink hover:bg-hover"
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
          <TaskList tasks={tasks} />
        </div>
      )}
    </div>
  );
}
