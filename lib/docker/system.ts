import "server-only";
import { docker } from "./client";
import { toEngineError } from "./errors";
import { summarizeDiskUsage, toEngineFacts, type RawDiskUsage, type RawInfo, type RawVersion } from "./system-mappers";
import type { SystemOverview } from "./system-types";

// dockerd 20.10 answers a second `system df` while one runs with "a disk usage operation is already running".
// Callers in this process share one request in flight; a df someone else started is waited out.
const KEY = Symbol.for("berth.docker.df");
type Holder = { [KEY]?: Promise<RawDiskUsage>; [LAST]?: number };
// `system df` sizes every container's writable layer and every volume: on a big host it is the most expensive
// read there is, and every engine event asks for it again (the header's reclaimable space). One df starts at most
// every MIN_GAP_MS; a caller in between waits for the next one, so what it gets was still read after it asked.
const LAST = Symbol.for("berth.docker.df.finished");
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

/** The engine's `GET /system/df`, as it came (the cleanup preview reads its per-object rows). */
export function rawDiskUsage(): Promise<RawDiskUsage> {
  const g = globalThis as Holder;
  if (!g[KEY]) {
    const wait = Math.max(0, (g[LAST] ?? 0) + MIN_GAP_MS - Date.now());
    g[KEY] = new Promise((resolve) => setTimeout(resolve, wait))
      .then(dfWaitingOutOthers)
      .finally(() => {
        g[LAST] = Date.now();
        delete g[KEY];
      });
  }
  return g[KEY];
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
