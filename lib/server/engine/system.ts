import "server-only";
import type Docker from "dockerode";
import { FreshCoalescer } from "@/lib/server/fresh-coalescer";
import type { Engine } from "./engine";
import { dfWithoutHelpers, infoWithoutHelpers, toEngineFacts, type RawDiskUsage, type RawInfo, type RawVersion } from "./system-mappers";
import { listHelpers } from "./helpers";
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
  private readonly calls: FreshCoalescer<RawDiskUsage>;

  constructor(private readonly docker: Docker) {
    this.calls = new FreshCoalescer(() => this.dfWaitingOutOthers(), { minGapMs: MIN_GAP_MS });
  }

  /** Another client's df (the CLI's) makes the engine refuse ours for a moment: wait it out. */
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
   * The engine's `GET /system/df` without Berth's helper containers (and their share of image and volume use):
   * the rows the cleanup preview reads and the disk summary adds up. Always from a df that started after the call:
   * one already running may predate the event that made the caller ask (a volume created a moment ago would be
   * missing, and no later event would correct it).
   */
  async read(): Promise<RawDiskUsage> {
    return dfWithoutHelpers(await this.calls.run());
  }
}

export async function engineInfo(engine: Engine): Promise<{ info: RawInfo; version: RawVersion }> {
  const [info, version] = await callEngine(() =>
    Promise.all([engine.docker.info() as Promise<RawInfo>, engine.docker.version() as Promise<RawVersion>]),
  );
  return { info, version };
}

/**
 * `docker info` + `docker version` facts. Not the `system df` lines: those come from the engine's shared disk
 * summary (pushed as `disk:summary`, or `GET /api/system/disk`), so the System screen revalidating on every
 * container event costs no df.
 */
export async function systemOverview(engine: Engine): Promise<Omit<SystemOverview, "compose">> {
  const [{ info, version }, helpers] = await Promise.all([engineInfo(engine), listHelpers(engine)]);
  return { engine: toEngineFacts(infoWithoutHelpers(info, helpers), version) };
}
