import { describe, expect, it } from "vitest";
import type { Task } from "@/lib/shared/types/images";
import { applyBuildEvent, applyProgress, cancelTask, getTask, listTasks, onTaskUpdate, startTask } from "./tasks";

function deferred() {
  let resolve!: () => void;
  let reject!: (err: Error) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("tasks", () => {
  it("aggregates per-layer progress and keeps the overall status", async () => {
    const d = deferred();
    let held: Task | undefined;
    const task = startTask("pull", "r/x:1", (_signal, t) => {
      held = t;
      return d.promise;
    });
    applyProgress(held!, { status: "Pulling from r/x", id: "1" });
    applyProgress(held!, { status: "Pulling fs layer", id: "aaa" });
    applyProgress(held!, { status: "Downloading", id: "aaa", progressDetail: { current: 50, total: 200 } });
    applyProgress(held!, { status: "Download complete", id: "aaa", progressDetail: {} });
    applyProgress(held!, { status: "Already exists", id: "bbb", progressDetail: {} });
    applyProgress(held!, { status: "Status: Downloaded newer image for r/x:1" });
    d.resolve();
    await flush();
    const done = getTask(task.id)!;
    expect(done.state).toBe("succeeded");
    expect(done.status).toBe("Status: Downloaded newer image for r/x:1");
    expect(done.layers).toEqual([
      { id: "aaa", status: "Download complete", current: 200, total: 200 },
      { id: "bbb", status: "Already exists" },
    ]);
  });

  it("records the engine's failure and publishes the outcome", async () => {
    const seen: Task[] = [];
    const off = onTaskUpdate((t) => seen.push(t));
    const task = startTask("pull", "r/missing:1", () => Promise.reject(new Error("manifest unknown")));
    await flush();
    off();
    expect(getTask(task.id)).toMatchObject({ state: "failed", error: "manifest unknown" });
    expect(seen.map((t) => t.state)).toEqual(["running", "failed"]);
  });

  it("cancel aborts the engine request and marks the task cancelled", async () => {
    let aborted = false;
    const task = startTask("pull", "r/slow:1", (signal) => {
      signal.addEventListener("abort", () => (aborted = true));
      return new Promise((_res, rej) => signal.addEventListener("abort", () => rej(new Error("aborted"))));
    });
    expect(cancelTask(task.id)).toBe(true);
    await flush();
    expect(aborted).toBe(true);
    expect(getTask(task.id)).toMatchObject({ state: "cancelled" });
    expect(cancelTask(task.id)).toBe(false);
  });

  it("keeps a bounded list, dropping the oldest finished tasks", async () => {
    for (let i = 0; i < 60; i++) startTask("pull", `r/n:${i}`, () => Promise.resolve());
    await flush();
    const tasks = listTasks();
    expect(tasks.length).toBeLessThanOrEqual(50);
    expect(tasks[0]!.target).toBe("r/n:59");
  });

  it("folds a build's output into the task and hands out copies, not the live lines", async () => {
    const d = deferred();
    let held: Task | undefined;
    const task = startTask("build", "app:1", (_signal, t) => {
      held = t;
      return d.promise;
    });
    applyBuildEvent(held!, { stream: "Step 1/2 : FROM busybox\n" });
    const early = getTask(task.id)!;
    applyBuildEvent(held!, { stream: "Successfully built abc\n" });
    applyBuildEvent(held!, { aux: { ID: "sha256:abc" } });
    d.resolve();
    await flush();
    // A later build event cannot change a task once it has finished.
    applyBuildEvent(held!, { stream: "late\n" });
    const done = getTask(task.id)!;
    expect(early.output!.lines).toEqual(["Step 1/2 : FROM busybox"]);
    expect(done).toMatchObject({ kind: "build", state: "succeeded", imageId: "sha256:abc", status: "Successfully built abc" });
    expect(done.output!.lines).toEqual(["Step 1/2 : FROM busybox", "Successfully built abc"]);
  });
});
