import "server-only";
import type Docker from "dockerode";
import type { Engine } from "./engine";
import { dfWithoutHelpers, infoWithoutHelpers, summarizeDiskUsage, toEngineFacts, type RawDiskUsage, type RawInfo, type RawVersion } from "./system-mappers";
import type { SystemOverview } from "@/lib/shared/types/system";
import { callEngine, toEngineError } from "./errors";

// dockerd 20.10 answers a second `system df` while one runs with "a disk usage operation is already running", and
// `system df` sizes every container's writable layer and every volume: on a big host it is the most expensive read
// there is. So per engine one df runs at a time, at most one starts every MIN_GAP_MS, and callers share the next one
// to start.
const MIN_GAP_MS = 1500;
const BUSY_RETRIES = 20;
const BUSY_WAIT_MS = 250;

export class DiskUsageReader {
  private running?: Promise<unknown>;
  private queued?: Promise<RawDiskUsage>;
  private finishedAt = 0;

  constructor(private readonly docker: Docker) {}

  private async dfWaitingOutOthers(): Promise<RawDiskUsage> {
    for (let attempt = 0; ; attempt++) {
      try {
        return (await this.docker.df()) as RawDiskUsage;
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
  read(): Promise<RawDiskUsage> {
    this.queued ??= (async () => {
      await this.running?.catch(() => undefined);
      const wait = this.finishedAt + MIN_GAP_MS - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const run = this.dfWaitingOutOthers();
      // From here on, a new caller waits for the next df.
      this.queued = undefined;
      this.running = run;
      try {
        return await run;
      } finally {
        this.finishedAt = Date.now();
        if (this.running === run) this.running = undefined;
      }
    })();
    return this.queued;
  }
}

export async function engineInfo(engine: Engine): Promise<{ info: RawInfo; version: RawVersion }> {
  const [info, version] = await callEngine(() =>
    Promise.all([engine.docker.info() as Promise<RawInfo>, engine.docker.version() as Promise<RawVersion>]),
  );
  return { info, version };
}

/** `docker info` + `docker version` facts and the `docker system df` lines. */
export async function systemOverview(engine: Engine): Promise<SystemOverview> {
  const [{ info, version }, df] = await Promise.all([engineInfo(engine), engine.diskUsage.read()]);
  return { engine: toEngineFacts(infoWithoutHelpers(info, df), version), disk: summarizeDiskUsage(dfWithoutHelpers(df)) };
}
