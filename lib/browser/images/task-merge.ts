import type { Task } from "@/lib/shared/types/images";

/**
 * Puts `task` into the list (newest first). Updates arrive by two paths (the POST answer and the
 * socket) in either order: a finished copy is never overwritten by a running one.
 */
export function mergeTask(tasks: Task[], task: Task): Task[] {
  const index = tasks.findIndex((t) => t.id === task.id);
  if (index === -1) return [task, ...tasks];
  const held = tasks[index]!;
  if (held.state !== "running" && task.state === "running") return tasks;
  const next = tasks.slice();
  next[index] = task;
  return next;
}
