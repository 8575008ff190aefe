import "server-only";
import type { ContainerTaskResult, Task } from "@/lib/shared/types/images";
import type { RemovalPreviewRow } from "@/lib/shared/types/engine";
import type { BulkAction } from "@/lib/shared/schemas/containers";
import { isAnonymousVolume } from "@/lib/shared/cleanup/volumes";
import { ApiError } from "@/lib/shared/errors";
import { inspectContainer, removeContainer, runContainerVerb } from "./containers";
import type { Engine } from "./engine";

// A few at a time: 500 stops at once would have dockerd sending 500 SIGTERMs and waiting 10 s for each together,
// while one by one would take minutes. Four keeps the engine responsive to everyone else.
const CONCURRENCY = 4;

export interface BulkOptions {
  force: boolean;
  volumes: boolean;
}

async function eachLimited<T>(items: readonly T[], limit: number, signal: AbortSignal, work: (item: T, index: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length && !signal.aborted) {
      const index = next++;
      await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export async function previewRemoval(engine: Engine, ids: readonly string[]): Promise<RemovalPreviewRow[]> {
  const rows: RemovalPreviewRow[] = new Array(ids.length);
  await eachLimited(ids, 8, new AbortController().signal, async (ref, i) => {
    try {
      const c = await inspectContainer(engine, ref);
      const volumes = c.mounts.filter((m) => m.type === "volume").map((m) => m.name ?? m.source);
      rows[i] = {
        id: c.id,
        name: c.name,
        state: c.state,
        anonymousVolumes: volumes.filter(isAnonymousVolume),
        namedVolumes: volumes.filter((v) => !isAnonymousVolume(v)),
      };
    } catch (err) {
      rows[i] = { id: ref, name: ref, state: "unknown", anonymousVolumes: [], namedVolumes: [], error: err instanceof Error ? err.message : String(err) };
    }
  });
  return rows;
}

/**
 * Runs `action` on every container of the task, recording each outcome in `task.results` as it lands. A verb that
 * does not fit the container's state (starting a running one) is skipped, not failed. Throws at the end if any
 * failed, so the task ends "failed" and says how many.
 */
export async function runBulk(
  engine: Engine,
  action: BulkAction,
  task: Task,
  opts: BulkOptions,
  signal: AbortSignal,
  onResult: (result: ContainerTaskResult) => void,
): Promise<void> {
  const results = task.results ?? [];
  await eachLimited(results, CONCURRENCY, signal, async (result) => {
    try {
      if (action === "remove") await removeContainer(engine, result.id, opts);
      else await runContainerVerb(engine, result.id, action);
      result.outcome = "done";
    } catch (err) {
      const conflict = err instanceof ApiError && err.code === "conflict" && action !== "remove";
      result.outcome = conflict ? "skipped" : "failed";
      result.message = err instanceof Error ? err.message : String(err);
    }
    onResult(result);
  });
  const failed = results.filter((r) => r.outcome === "failed").length;
  const done = results.filter((r) => r.outcome === "done").length;
  task.status = `${done} of ${results.length} done${failed ? `, ${failed} failed` : ""}`;
  if (failed) throw new Error(`${failed} of ${results.length} could not be ${action === "remove" ? "removed" : `${action}ed`}`);
}
