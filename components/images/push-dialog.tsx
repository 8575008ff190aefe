"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { useAction } from "@/lib/browser/hooks/use-action";
import type { ImageDetail } from "@/lib/shared/types/images";
import { pushImage } from "@/lib/browser/api/image-actions";
import { parseReference, DEFAULT_REGISTRY } from "@/lib/shared/images/reference";
import { mergeTask } from "@/lib/browser/images/task-merge";
import { useTasks } from "@/lib/browser/hooks/use-tasks";
import { useRegistries } from "@/lib/browser/hooks/use-registries";
import { Modal } from "@/components/ui/modal";
import { Spinner } from "@/components/ui/spinner";
import { TaskProgress } from "@/components/tasks/task-progress";

function registryOf(reference: string): string {
  const parsed = parseReference(reference);
  return parsed.ok ? parsed.reference.registry : DEFAULT_REGISTRY;
}

/** `docker push <tag>`: pick one of the image's tags; the registry is the one the tag names. */
export function PushDialog({ image, onClose }: { image: ImageDetail; onClose: () => void }) {
  // A tag naming a registry is what the user most likely means to push.
  const [reference, setReference] = useState(() => image.tags.find((t) => registryOf(t) !== DEFAULT_REGISTRY) ?? image.tags[0] ?? "");
  const { busy, error, run } = useAction();
  const [taskId, setTaskId] = useState<string | null>(null);
  const { tasks, mutate } = useTasks();
  const task = tasks?.find((t) => t.id === taskId);
  const login = useRegistries().registries?.find((r) => r.address === registryOf(reference).toLowerCase())?.loggedInAs;
  const selectRef = useRef<HTMLSelectElement>(null);
  const id = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(async () => {
      const started = await pushImage(image.id, reference);
      setTaskId(started.taskId);
      await mutate((current) => ({ tasks: mergeTask(current?.tasks ?? [], started.task) }), { revalidate: false });
      void mutate();
    });
  }

  return (
    <Modal labelledBy={`${id}-title`} onClose={onClose} initialFocus={selectRef} className="w-[min(34rem,calc(100vw-2rem))]">
      <form onSubmit={submit}>
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Push image
        </h2>
        {image.tags.length === 0 ? (
          <p className="mt-2 text-[13px] text-ink-muted">The image has no tag: tag it with a registry first (e.g. 127.0.0.1:5000/name:tag).</p>
        ) : (
          <>
            <label htmlFor={`${id}-tag`} className="mt-3 block text-[13px] font-medium">
              Tag to push
            </label>
            <select
              id={`${id}-tag`}
              ref={selectRef}
              value={reference}
              disabled={busy || task?.state === "running"}
              onChange={(e) => setReference(e.target.value)}
              className="mt-1 h-8 w-full rounded border border-line bg-surface px-2 font-mono text-[13px]"
            >
              {image.tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
            <p className="mt-1 text-xs text-ink-muted">Pushed to {registryOf(reference)}{login ? ` as ${login}` : ", without a login"}.</p>
          </>
        )}
        {task && (
          <div role="group" aria-label={`Push of ${task.target}`} className="mt-3 border-t border-line pt-2">
            <p className="mb-1 text-xs font-medium">
              {task.state === "running" ? "Pushing" : task.state === "succeeded" ? "Pushed" : task.state === "failed" ? "Push failed:" : "Push cancelled:"}{" "}
              <span className="font-mono">{task.target}</span>
            </p>
            <TaskProgress task={task} />
          </div>
        )}
        {error && (
          <p role="alert" className="mt-3 rounded border border-danger/40 bg-danger/8 px-3 py-2 text-[13px] text-danger-ink">
            {error}
          </p>
        )}
        <div className="mt-5 flex justify-end gap-2">
          <button type="button" onClick={onClose} className="h-8 rounded border border-line bg-surface px-3.5 text-[13px] font-medium text-ink hover:bg-hover">
            Close
          </button>
          {image.tags.length > 0 && (
            <button
              type="submit"
              disabled={busy || task?.state === "running"}
              className="inline-flex h-8 items-center gap-1.5 rounded bg-brand px-3.5 text-[13px] font-semibold text-white hover:bg-brand-deep disabled:opacity-70"
            >
              {busy && <Spinner className="size-3.5" />}
              Push
            </button>
          )}
        </div>
      </form>
    </Modal>
  );
}
