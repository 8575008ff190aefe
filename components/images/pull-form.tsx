"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { referenceProblem } from "@/lib/shared/images/reference";
import { pullImage } from "@/lib/browser/api/image-actions";
import { useTasks } from "@/lib/browser/hooks/use-tasks";
import { mergeTask } from "@/lib/browser/images/task-merge";
import { Spinner } from "@/components/ui/spinner";
import { TaskProgress } from "@/components/tasks/task-progress";

/** Type a reference, pull it: the progress shows here and in the task centre, which outlives this page. */
export function PullForm() {
  const [reference, setReference] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [taskId, setTaskId] = useState<string | null>(null);
  const { tasks, mutate } = useTasks();
  const task = tasks?.find((t) => t.id === taskId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const reason = referenceProblem(reference);
    setProblem(reason ?? null);
    if (reason) return;
    setBusy(true);
    try {
      const started = await pullImage(reference.trim());
      setTaskId(started.taskId);
      // A pull that fails at once is pushed over the socket before this answer arrives; mergeTask keeps
      // whichever copy is newer, and the refetch covers an update sent before the socket joined.
      await mutate((current) => ({ tasks: mergeTask(current?.tasks ?? [], started.task) }), { revalidate: false });
      void mutate();
    } catch (err) {
      setProblem(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-label="Pull an image" className="rounded border border-line bg-surface px-3 py-2.5">
      <form onSubmit={submit} className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <input
            value={reference}
            onChange={(e) => {
              setReference(e.target.value);
              setProblem(null);
            }}
            aria-label="Image reference to pull"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "pull-problem" : undefined}
            placeholder="registry:5000/repository:tag"
            spellCheck={false}
            autoComplete="off"
            className="h-8 w-full rounded border border-line px-2.5 font-mono text-[13px] outline-none focus:border-brand"
          />
          {problem && (
            <p id="pull-problem" role="alert" className="mt-1 text-xs text-danger-ink">
              {problem}
            </p>
          )}
        </div>
        <button
          type="submit"
          disabled={busy}
          className="inline-flex h-8 items-center gap-1.5 rounded bg-brand px-3.5 text-[13px] font-semibold text-white hover:bg-brand-deep disabled:opacity-70"
        >
          {busy && <Spinner className="size-3.5" />}
          Pull
        </button>
        <Link href="/registries" className="inline-flex h-8 shrink-0 items-center text-[13px] text-brand-dark hover:underline">Browse registries…</Link>
      </form>
      {task && (
        <div aria-label={`Pull of ${task.target}`} role="group" className="mt-2.5 border-t border-line pt-2">
          <p className="mb-1 text-xs font-medium text-ink">
            {task.state === "running" ? "Pulling" : task.state === "succeeded" ? "Pulled" : task.state === "failed" ? "Pull failed:" : "Pull cancelled:"}{" "}
            <span className="font-mono">{task.target}</span>
          </p>
          <TaskProgress task={task} />
        </div>
      )}
    </section>
  );
}
