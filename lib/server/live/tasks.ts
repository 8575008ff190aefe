import "server-only";
import { randomUUID } from "node:crypto";
import { processWide } from "@/lib/server/process-state";
import type { Task, TaskLayer } from "@/lib/shared/types/images";
import type { ProgressEvent } from "@/lib/server/engine/progress";
import { isLayerDone } from "@/lib/shared/images/layer-status";
import { appendOutput, emptyOutput, foldBuildEvent, type BuildEvent } from "@/lib/server/engine/build-output";

// The route handlers (bundled by Next) start tasks and server.ts (tsx) owns socket.io: two copies of
// this module in one process, one task list (process-state).
const MAX_TASKS = 50;
// followProgress calls back for every progress line (many per second per layer); the browser needs a few.
const PUSH_INTERVAL_MS = 150;

type Listener = (task: Task) => void;
interface Store {
  tasks: Task[];
  controllers: Map<string, AbortController>;
  listeners: Set<Listener>;
  timers: Map<string, ReturnType<typeof setTimeout>>;
}

function store(): Store {
  return processWide<Store>("tasks", () => ({ tasks: [], controllers: new Map(), listeners: new Set(), timers: new Map() }));
}

function snapshot(task: Task): Task {
  const copy = { ...task, layers: task.layers.map((l) => ({ ...l })) };
  if (task.output) copy.output = { ...task.output, lines: task.output.lines.slice() };
  if (task.results) copy.results = task.results.map((r) => ({ ...r }));
  return copy;
}

function publishNow(task: Task) {
  const s = store();
  const timer = s.timers.get(task.id);
  if (timer) clearTimeout(timer);
  s.timers.delete(task.id);
  for (const listener of s.listeners) listener(snapshot(task));
}

function publishSoon(task: Task) {
  const s = store();
  if (s.timers.has(task.id)) return;
  s.timers.set(task.id, setTimeout(() => publishNow(task), PUSH_INTERVAL_MS));
}

/** Newest first. */
export function listTasks(): Task[] {
  return store().tasks.map(snapshot);
}

export function getTask(id: string): Task | undefined {
  const task = store().tasks.find((t) => t.id === id);
  return task && snapshot(task);
}

/** Called for every change of any task; returns the unsubscribe. */
export function onTaskUpdate(listener: Listener): () => void {
  store().listeners.add(listener);
  return () => store().listeners.delete(listener);
}

/** Registers a running task; the oldest finished ones drop off past the bound. */
export function startTask(
  kind: Task["kind"],
  target: string,
  run: (signal: AbortSignal, task: Task) => Promise<void>,
  /** Shown from the first publish on (a bulk task's pending results). */
  initial: Pick<Task, "results"> = {},
): Task {
  const s = store();
  const task: Task = { id: randomUUID(), kind, target, state: "running", status: "Starting", layers: [], startedAt: Date.now(), ...initial };
  const controller = new AbortController();
  s.tasks.unshift(task);
  s.controllers.set(task.id, controller);
  prune();
  publishNow(task);
  run(controller.signal, task).then(
    () => finish(task, "succeeded"),
    (err: unknown) => {
      if (controller.signal.aborted) finish(task, "cancelled", "Cancelled by the user");
      else finish(task, "failed", err instanceof Error ? err.message : String(err));
    },
  );
  return snapshot(task);
}

/** Running tasks are never dropped; past the bound the oldest finished ones go. */
function prune() {
  const s = store();
  while (s.tasks.length > MAX_TASKS) {
    const index = s.tasks.findLastIndex((t) => t.state !== "running");
    if (index === -1) break;
    s.tasks.splice(index, 1);
  }
}

function finish(task: Task, state: Task["state"], error?: string) {
  if (task.state !== "running") return;
  task.state = state;
  task.finishedAt = Date.now();
  if (error) task.error = error;
  store().controllers.delete(task.id);
  prune();
  publishNow(task);
}

/** Aborts the engine request of a running task. False when there is nothing to cancel. */
export function cancelTask(id: string): boolean {
  const controller = store().controllers.get(id);
  if (!controller) return false;
  controller.abort();
  const task = store().tasks.find((t) => t.id === id);
  if (task) finish(task, "cancelled", "Cancelled by the user");
  return true;
}

/** Folds one engine progress line into the task: per-layer status and bytes, or the overall status. */
export function applyProgress(task: Task, event: ProgressEvent) {
  if (task.state !== "running") return;
  if (event.error || event.errorDetail?.message) {
    task.status = event.errorDetail?.message ?? event.error ?? "error";
  } else if (event.id && event.status && !event.status.startsWith("Pulling from") && event.status !== "Pulling repository") {
    let layer: TaskLayer | undefined = task.layers.find((l) => l.id === event.id);
    if (!layer) {
      layer = { id: event.id, status: "" };
      task.layers.push(layer);
    }
    layer.status = event.status;
    const detail = event.progressDetail;
    if (detail && typeof detail.total === "number" && detail.total > 0) {
      layer.current = detail.current ?? 0;
      layer.total = detail.total;
    } else if (isLayerDone(event.status)) {
      if (layer.total) layer.current = layer.total;
    }
  } else if (event.status) {
    task.status = event.id ? `${event.status} ${event.id}` : event.status;
  }
  publishSoon(task);
}

/** Folds one line of the engine's build stream into a build task: output lines, step, image id. */
export function applyBuildEvent(task: Task, event: BuildEvent) {
  if (task.state !== "running") return;
  foldBuildEvent(task, event);
  publishSoon(task);
}

/** Appends a command's output chunk to the task; its last complete line becomes the status. */
export function applyOutput(task: Task, text: string) {
  if (task.state !== "running") return;
  const output = (task.output ??= emptyOutput());
  appendOutput(output, text);
  const last = output.lines.findLast((line, i) => line.trim() && (i < output.lines.length - 1 || !output.open));
  if (last) task.status = last.trim();
  publishSoon(task);
}

/** A running task changed in place (e.g. a bulk task's per-container result): the browsers hear of it shortly. */
export function taskChanged(task: Task) {
  if (task.state === "running") publishSoon(task);
}
