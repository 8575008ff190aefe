import "server-only";
import { docker } from "./client";
import { toEngineError } from "./errors";
import { summarizeDiskUsage, toEngineFacts, type RawDiskUsage, type RawInfo, type RawVersion } from "./system-mappers";
import type { SystemOverview } from "@/lib/shared/types/system";

// dockerd 20.10 answers a second `system df` while one runs with "a disk usage operation is already running", and
// `system df` sizes every container's writable layer and every volume: on a big host it is the most expensive read
// there is, and every engine event asks for it again (the header's reclaimable space). So one df runs at a time, at
// most one starts every MIN_GAP_MS, and callers share the next one to start.
const KEY = Symbol.for("berth.docker.df");
interface DfState {
  running?: Promise<unknown>;
  queued?: Promise<RawDiskUsage>;
  finishedAt: number;
}
const MIN_GAP_MS = 1500;
const BUSY_RETRIES = 20;
const BUSY_WAIT_MS = 250;

async function dfWaitingOutOthers(): Promise<RawDiskUsage> {
  for (let attempt = 0; ; attempt++) {
    try {
      return (await docker().df()) as RawDiskUsage;
    } catch (err) {
      const busy = /already running/i.test(toEngineError(err).message);
      if (!busy || attempt >= BUSY_RETRIES) throw toEngineError(err);
      await new Promise((resolve) => setTimeout(resolve, BUSY_WAIT_MS));
    }
  }
}

/**
 * The engine's `GET /system/df`, as it came (the cleanup preview reads its per-object rows). Always from a df that
 * started after the call: one already running may predate the event that made the caller ask (a volume created a
 * moment ago would be missing, and no later event would correct it).
 */
export function rawDiskUsage(): Promise<RawDiskUsage> {
  const g = globalThis as { [KEY]?: DfState };
  const state = (g[KEY] ??= { finishedAt: 0 });
  state.queued ??= (async () => {
    await state.running?.catch(() => undefined);
    const wait = state.finishedAt + MIN_GAP_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const run = dfWaitingOutOthers();
    // From here on, a new caller waits for the next df.
    state.queued = undefined;
    state.running = run;
    try {
      return await run;
    } finally {
      state.finishedAt = Date.now();
      if (state.running === run) state.running = undefined;
    }
  })();
  return state.queued;
}

export async function engineInfo(): Promise<{ info: RawInfo; version: RawVersion }> {
  try {
    const [info, version] = await Promise.all([docker().info() as Promise<RawInfo>, docker().version() as Promise<RawVersion>]);
    return { info, version };
  } catch (err) {
    throw toEngineError(err);
  }
}

/** `docker info` + `docker version` facts and the `docker system df` lines. */
export async function systemOverview(): Promise<SystemOverview> {
  const [{ info, version }, df] = await Promise.all([engineInfo(), rawDiskUsage()]);
  return { engine: toEngineFacts(info, version), disk: summarizeDiskUsage(df) };
}
