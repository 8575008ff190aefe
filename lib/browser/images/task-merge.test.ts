import { describe, expect, it } from "vitest";
import type { Task } from "@/lib/shared/types/images";
import { mergeTask } from "./task-merge";

const base: Task = { id: "a", kind: "pull", target: "x:1", state: "running", status: "Starting", layers: [], startedAt: 1 };

describe("mergeTask", () => {
  it("adds new tasks first and replaces known ones", () => {
    const b = { ...base, id: "b" };
    expect(mergeTask([base], b).map((t) => t.id)).toEqual(["b", "a"]);
    expect(mergeTask([base], { ...base, status: "Downloading" })[0]!.status).toBe("Downloading");
  });

  it("never lets a stale running copy overwrite a finished one", () => {
    const failed = { ...base, state: "failed" as const, error: "not found" };
    expect(mergeTask([failed], base)[0]).toBe(failed);
    expect(mergeTask([base], failed)[0]).toBe(failed);
  });
});
