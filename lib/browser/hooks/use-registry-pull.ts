import { useState } from "react";
import { errorMessage } from "@/lib/browser/api/api-error";
import { pullImage } from "@/lib/browser/api/image-actions";
import { mergeTask } from "@/lib/browser/images/task-merge";
import { useTasks } from "./use-tasks";

/** Starts a pull task for a registry's tag or a search result and follows it in the shared task list. */
export function useRegistryPull() {
  const [taskId, setTaskId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { tasks, mutate } = useTasks();
  const task = taskId ? tasks?.find((t) => t.id === taskId) : undefined;

  async function start(reference: string) {
    setBusy(true);
    setError(undefined);
    try {
      const started = await pullImage(reference);
      setTaskId(started.taskId);
      // The socket may deliver the task's first update before this answer: keep whichever is newer.
      await mutate((current) => ({ tasks: mergeTask(current?.tasks ?? [], started.task) }), { revalidate: false });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return { start, task, busy, error };
}
