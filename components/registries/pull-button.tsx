"use client";

import clsx from "clsx";
import { useRegistryPull } from "@/lib/browser/hooks/use-registry-pull";
import { Spinner } from "@/components/ui/spinner";

/** One-click pull: the task's progress shows in the task centre; its outcome shows here too. */
export function PullButton({ reference, className }: { reference: string; className?: string }) {
  const { start, task, busy, error } = useRegistryPull();
  const running = busy || task?.state === "running";
  const failure = error ?? (task?.state === "failed" || task?.state === "cancelled" ? task.error ?? "Pull failed" : undefined);
  return (
    <span className={clsx("inline-flex min-w-0 items-center gap-2", className)}>
      {failure && (
        <span role="alert" className="min-w-0 truncate text-[12px] text-danger-ink" title={failure}>
          {failure}
        </span>
      )}
      {task?.state === "succeeded" && (
        <span role="status" className="text-[12px] font-medium text-running">
          Pulled
        </span>
      )}
      <button
        type="button"
        aria-label={`Pull ${reference}`}
        title={`docker pull ${reference}`}
        disabled={running}
        onClick={() => void start(reference)}
        className="inline-flex h-7 shrink-0 items-center gap-1.5 rounded bg-brand px-3 text-[12px] font-semibold uppercase tracking-wide text-white hover:bg-brand-deep disabled:opacity-70"
      >
        {running && <Spinner className="size-3.5" />}
        {running ? "Pulling" : "Pull"}
      </button>
    </span>
  );
}
