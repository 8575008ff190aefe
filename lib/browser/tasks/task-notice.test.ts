import { describe, expect, it } from "vitest";
import type { Task } from "@/lib/shared/types/images";
import { showsTask, taskHref, taskNotice } from "./task-notice";

const task = (over: Partial<Task>): Task => ({ id: "1", kind: "pull", target: "alpine:3", state: "succeeded", status: "", layers: [], startedAt: 0, ...over });

describe("task notices", () => {
  it("a finished pull links to its image, a failed build says why", () => {
    expect(taskNotice(task({}))).toEqual({ tone: "success", title: "Pulled alpine:3", message: undefined, href: "/images/alpine%3A3" });
    const failed = taskNotice(task({ kind: "build", state: "failed", error: "step 2 failed", target: "app" }));
    expect(failed).toMatchObject({ tone: "error", title: "Build failed: app", message: "step 2 failed", opensTaskCentre: true });
  });

  it("says nothing of running or cancelled tasks", () => {
    expect(taskNotice(task({ state: "running" }))).toBeUndefined();
    expect(taskNotice(task({ state: "cancelled" }))).toBeUndefined();
  });

  it("a stack command links to its stack", () => {
    expect(taskHref(task({ kind: "compose", target: "shop: up" }))).toBe("/stacks/shop");
  });

  it("knows when the user is already looking at the outcome", () => {
    expect(showsTask(task({}), "/images")).toBe(true);
    expect(showsTask(task({}), "/images/abc")).toBe(true);
    expect(showsTask(task({}), "/volumes")).toBe(false);
    expect(showsTask(task({ kind: "containers" }), "/containers/web")).toBe(true);
    expect(showsTask(task({ kind: "compose", target: "shop: up" }), "/stacks/shop")).toBe(true);
    expect(showsTask(task({ kind: "compose", target: "shop: up" }), "/stacks")).toBe(false);
  });
});
