import type { Task } from "@/lib/shared/types/images";
import { imageHref } from "@/lib/browser/paths/images";
import { stackHref } from "@/lib/browser/paths/stacks";

export interface TaskNotice {
  tone: "success" | "error" | "info";
  title: string;
  message?: string;
  /** Where a click on the toast goes. */
  href: string;
  /** A failed task's click opens the task centre instead: its error and output are there, not on `href`. */
  opensTaskCentre?: boolean;
}

const DONE: Record<Task["kind"], string> = { pull: "Pulled", push: "Pushed", build: "Built", compose: "Finished", containers: "Done:" };
const NOUN: Record<Task["kind"], string> = { pull: "Pull", push: "Push", build: "Build", compose: "Stack command", containers: "Bulk action" };

/** The screen a task belongs to: a toast links there, and is not raised while the user is already on it. */
export function taskHref(task: Task): string {
  switch (task.kind) {
    case "pull":
    case "push":
      return imageHref(task.target);
    case "build":
      return task.imageId ? imageHref(task.imageId) : "/images";
    case "compose":
      return stackHref(task.target.split(": ")[0] ?? task.target);
    case "containers":
      return "/containers";
  }
}

/** Whether `pathname` already shows the task's outcome (its own screen, or the list it started from). */
export function showsTask(task: Task, pathname: string): boolean {
  const home = task.kind === "containers" ? "/containers" : task.kind === "compose" ? taskHref(task) : "/images";
  return pathname === home || pathname.startsWith(`${home}/`) || (task.kind === "containers" && pathname === "/");
}

/** What the toast says about a task that just finished; undefined for one the user cancelled. */
export function taskNotice(task: Task): TaskNotice | undefined {
  if (task.state === "running" || task.state === "cancelled") return undefined;
  const href = taskHref(task);
  if (task.state === "failed") return { tone: "error", title: `${NOUN[task.kind]} failed: ${task.target}`, message: task.error, href, opensTaskCentre: true };
  return { tone: "success", title: `${DONE[task.kind]} ${task.target}`, message: task.kind === "containers" ? task.status : undefined, href };
}
