import "server-only";
import { EventEmitter } from "node:events";
import { ThrottledRefresh, type ThrottleOptions } from "@/lib/server/throttled-refresh";
import { buildPreview } from "@/lib/shared/cleanup/preview";
import type { EngineEvent, EngineHealth } from "@/lib/shared/types/engine";
import type { DiskSummary, ReclaimableKind } from "@/lib/shared/types/system";
import { cleanupSnapshot } from "./cleanup";
import type { Engine } from "./engine";
import { toEngineError } from "./errors";
import type { HealthState } from "./health";
import { summarizeDiskUsage } from "./system-mappers";

/** A summary's figures: what a measurement gives, before the feed stamps it. */
export type DiskFigures = Pick<Extract<DiskSummary, { state: "measured" }>, "reclaimableBytes" | "reclaimable" | "disk">;

// `system df` is the engine's most expensive read: however many tabs show the figure, and however many events a
// `docker compose down` fires, one df per burst, at most one every five seconds. A burst is over after 1.5 s of
// quiet: scripts that drive the CLI leave gaps of half a second and more between its calls on a busy host.
export const DISK_SUMMARY_THROTTLE: ThrottleOptions = { quietMs: 1500, maxWaitMs: 5000, minIntervalMs: 5000 };

// What changes disk use or what the default cleanup offers. Not networks (they take no space), not a container's
// pause/unpause (paused counts as in use, like running), rename, exec_*, attach, resize, mount/unmount (a volume's
// users are the containers that mount it, running or not: create/destroy say when those change).
const RELEVANT: Record<string, ReadonlySet<string>> = {
  container: new Set(["create", "destroy", "start", "die", "commit", "prune"]),
  image: new Set(["pull", "import", "load", "tag", "untag", "delete", "prune"]),
  volume: new Set(["create", "destroy", "prune"]),
};

/** Whether `event` can change the disk summary. Any builder event does (its cache; 20.10 reports only prunes). */
export function affectsDiskSummary(event: EngineEvent): boolean {
  return event.type === "builder" || (RELEVANT[event.type]?.has(event.action) ?? false);
}

/** The disk figures from one df and the two lists the cleanup preview reads, with the preview's own rules. */
export async function measureDiskFigures(engine: Engine): Promise<DiskFigures> {
  const { df, snapshot } = await cleanupSnapshot(engine);
  const preview = buildPreview(snapshot, { unusedImages: false, now: Date.now() });
  const kind = (rows: { size: number }[]): ReclaimableKind => ({ count: rows.length, bytes: rows.reduce((sum, r) => sum + r.size, 0) });
  return {
    reclaimableBytes: preview.reclaimableBytes,
    reclaimable: {
      containers: kind(preview.containers),
      images: kind(preview.images),
      volumes: kind(preview.volumes),
      buildCache: kind(preview.buildCache.records),
    },
    disk: summarizeDiskUsage(df),
  };
}

/**
 * One engine's disk summary, kept for whoever watches it (the live layer counts sockets): measured when the first
 * watcher arrives, again when an event that can change it comes in (throttled: DISK_SUMMARY_THROTTLE), never while
 * nobody watches. Events are noted even then, so a watcher arriving after a quiet spell is handed the last figure
 * with no df at all, and one arriving after a change gets it marked `updating` while the new one is measured. While
 * the engine is away the summary says so; when it is back, one measurement. Emits "summary" with every new value.
 */
export class DiskSummaryFeed extends EventEmitter {
  private readonly watchers = new Set<string>();
  private readonly refresh: ThrottledRefresh;
  private last?: DiskSummary;
  /** Something may have changed since `last` was measured (or nothing was). */
  private dirty = true;
  /** Measurements made: for tests and the bench. */
  measurements = 0;

  constructor(
    private readonly engineId: string,
    private readonly health: HealthState,
    private readonly measure: () => Promise<DiskFigures>,
    throttle: ThrottleOptions = DISK_SUMMARY_THROTTLE,
  ) {
    super();
    this.refresh = new ThrottledRefresh(() => this.measureNow(), throttle);
    health.on("change", (h: EngineHealth) => this.onHealth(h));
  }

  get current(): DiskSummary | undefined {
    return this.last;
  }

  get watcherCount(): number {
    return this.watchers.size;
  }

  /** Adds a watcher (a socket id); returns the summary to hand it at once, if there is one. */
  watch(id: string): DiskSummary | undefined {
    this.watchers.add(id);
    if (this.dirty && !this.refresh.pending && !this.engineAway()) {
      this.markUpdating();
      this.refresh.request({ now: true });
    }
    return this.last;
  }

  unwatch(id: string): void {
    if (!this.watchers.delete(id) || this.watchers.size > 0) return;
    // Nobody looks: drop what is due (`dirty` stays set, so the next watcher gets a fresh measurement).
    this.refresh.cancel();
  }

  /** Called by the engine's events stream with every event. */
  noteEvent(event: EngineEvent): void {
    if (!affectsDiskSummary(event)) return;
    this.dirty = true;
    if (this.watchers.size === 0) return;
    this.markUpdating();
    this.refresh.request();
  }

  private engineAway(): boolean {
    return this.health.known && !this.health.current.reachable;
  }

  private onHealth(h: EngineHealth): void {
    if (!h.reachable) {
      // Events are lost while it is away: whatever comes back must be measured afresh.
      this.dirty = true;
      this.refresh.cancel();
      this.publish({ state: "unavailable", engine: this.engineId, message: `Docker engine not reachable: ${h.message ?? "no answer"}`, since: h.since });
      return;
    }
    if (this.dirty && this.watchers.size > 0) this.refresh.request({ now: true });
  }

  private markUpdating(): void {
    if (this.last?.state === "measured" && !this.last.updating) this.publish({ ...this.last, updating: true });
  }

  /** A summary measured for this caller now (`GET /api/system/disk`), outside the throttle; engine errors throw. */
  async measureFresh(): Promise<Extract<DiskSummary, { state: "measured" }>> {
    const askedAt = new Date().toISOString();
    this.measurements++;
    return { state: "measured", engine: this.engineId, measuredAt: askedAt, updating: false, ...(await this.measure()) };
  }

  private async measureNow(): Promise<void> {
    const askedAt = new Date().toISOString();
    this.dirty = false;
    let next: DiskSummary;
    try {
      next = await this.measureFresh();
    } catch (err) {
      this.dirty = true;
      next = { state: "unavailable", engine: this.engineId, message: `Disk use unknown: ${toEngineError(err).message}`, since: askedAt };
    }
    // The engine went away while the df ran: its "unavailable" stands, and it is measured again when it is back.
    if (this.engineAway()) return;
    if (next.state === "measured") next.updating = this.dirty;
    this.publish(next);
  }

  private publish(summary: DiskSummary): void {
    this.last = summary;
    this.emit("summary", summary);
  }
}
