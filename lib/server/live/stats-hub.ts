import "server-only";
import type { Server, Socket } from "socket.io";
import { followStats } from "@/lib/server/engine/stats";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import type { LiveRefusal } from "@/lib/shared/types/live";
import type { StatsReading, StatsSample } from "@/lib/shared/types/stats";
import type { Engine } from "@/lib/server/engine/engine";
import { toEngineError } from "@/lib/server/engine/errors";
import { LIVE_LIMITS } from "./limits";
import { refusal } from "./listen";

/** After the last viewer leaves, keep the stream this long so a reload or a tab switch does not churn it. */
export const STATS_GRACE_MS = Number(process.env.BERTH_STATS_GRACE_MS ?? 3000);
const RETRY_MS = 2000;
/**
 * Readings are sent once per tick: every container's readings of the tick in one message per socket. The engine
 * reads each container about once a second, at its own phase; 50 containers watched by 20 browsers were 1,000
 * socket.io packets a second, now 40 (20 per tick) — the packets, not the JSON, were most of what fan-out cost.
 */
export const STATS_TICK_MS = Number(process.env.BERTH_STATS_TICK_MS ?? 500);
/** Packets waiting for one socket beyond which it gets no more readings until it catches up (16 s of ticks). */
const MAX_BACKLOG = 32;

export function statsRoom(id: string): string {
  return `stats:${id}`;
}

interface Entry {
  id: string;
  /** Socket ids watching; the stream lives while this is non-empty (plus the grace period). */
  watchers: Set<string>;
  abort?: AbortController;
  closeTimer?: NodeJS.Timeout;
  last?: StatsSample;
  /** The container is not running: the stream sends zeroed readings until it starts again. */
  idle: boolean;
}

/**
 * One engine stats stream per container, however many browsers watch it: opened when the first viewer
 * joins the container's room, closed STATS_GRACE_MS after the last one leaves. Samples are batched per tick (flush).
 */
export class StatsHub {
  private readonly entries = new Map<string, Entry>();
  /** This tick's newest reading per container, sent when the tick ends. */
  private pending = new Map<string, StatsReading>();
  private tick: NodeJS.Timeout | undefined;

  constructor(
    private readonly io: Server,
    private readonly engine: Engine,
    /** Containers with a stream (open, opening, or in its grace period) for all sockets together. */
    private readonly maxStreams: number = LIVE_LIMITS.stats.perServer,
  ) {}

  /** How many engine stats streams are open right now. */
  get openStreams(): number {
    let n = 0;
    for (const e of this.entries.values()) if (e.abort) n++;
    return n;
  }

  /**
   * Adds `socket` as a viewer of `container` (resolved by the caller, so an unknown ref never gets here). Refused
   * when the server already streams its limit of containers and none of them is only waiting out its grace period.
   */
  async watch(socket: Socket, container: Pick<ContainerSummary, "id" | "state">): Promise<LiveRefusal | undefined> {
    const { id } = container;
    let entry = this.entries.get(id);
    if (!entry) {
      if (this.entries.size >= this.maxStreams && !this.evictUnwatched()) {
        return refusal(
          "too_many",
          `the server is at its limit of ${this.maxStreams} containers with live stats for all connections together; try again when others stop watching`,
        );
      }
      entry = { id, watchers: new Set(), idle: container.state !== "running" };
      this.entries.set(id, entry);
    }
    clearTimeout(entry.closeTimer);
    entry.closeTimer = undefined;
    entry.watchers.add(socket.id);
    await socket.join(statsRoom(id));
    // A second viewer should not wait a second for its first figures.
    if (entry.idle) socket.emit("stats:end", { id, reason: "not running" });
    else if (entry.last) socket.emit("stats:samples", { samples: [{ id, sample: entry.last }] });
    if (!entry.abort) this.open(entry);
    return undefined;
  }

  /** Closes one stream nobody watches any more (waiting out its grace period) to make room; false if none. */
  private evictUnwatched(): boolean {
    for (const entry of this.entries.values()) {
      if (entry.watchers.size > 0) continue;
      this.close(entry);
      return true;
    }
    return false;
  }

  private close(entry: Entry): void {
    clearTimeout(entry.closeTimer);
    entry.closeTimer = undefined;
    entry.abort?.abort();
    entry.abort = undefined;
    this.entries.delete(entry.id);
    this.pending.delete(entry.id);
  }

  unwatch(socket: Socket, id: string): void {
    void socket.leave(statsRoom(id));
    this.release(socket.id, id);
  }

  /** A disconnected socket has left its rooms already; only the counts need updating. */
  forget(socketId: string, ids: Iterable<string>): void {
    for (const id of ids) this.release(socketId, id);
  }

  private release(socketId: string, id: string): void {
    const entry = this.entries.get(id);
    if (!entry || !entry.watchers.delete(socketId) || entry.watchers.size > 0) return;
    clearTimeout(entry.closeTimer);
    entry.closeTimer = setTimeout(() => {
      if (entry.watchers.size === 0 && this.entries.get(id) === entry) this.close(entry);
    }, STATS_GRACE_MS);
  }

  private queueSample(id: string, sample: StatsSample): void {
    this.pending.set(id, { id, sample });
    this.tick ??= setTimeout(() => this.flush(), STATS_TICK_MS);
  }

  /**
   * Sends the tick's readings: each socket gets those of the containers it watches, and sockets that watch the same
   * ones share one broadcast (socket.io encodes it once for all of them). A socket with a backlog is skipped: a
   * browser that cannot keep up misses readings instead of the server queueing them without bound.
   */
  private flush(): void {
    this.tick = undefined;
    const pending = [...this.pending.values()];
    this.pending.clear();
    const rooms = this.io.sockets.adapter.rooms;
    // Socket → the indexes (in `pending`) of the readings it gets, in order.
    const wants = new Map<string, number[]>();
    pending.forEach((reading, i) => {
      for (const socketId of rooms.get(statsRoom(reading.id)) ?? []) {
        const list = wants.get(socketId);
        if (list) list.push(i);
        else wants.set(socketId, [i]);
      }
    });
    const groups = new Map<string, { sockets: string[]; indexes: number[] }>();
    for (const [socketId, indexes] of wants) {
      const conn = this.io.sockets.sockets.get(socketId)?.conn as unknown as { writeBuffer?: unknown[] } | undefined;
      if ((conn?.writeBuffer?.length ?? 0) > MAX_BACKLOG) continue;
      const key = indexes.length === pending.length ? "*" : indexes.join(",");
      const group = groups.get(key);
      if (group) group.sockets.push(socketId);
      else groups.set(key, { sockets: [socketId], indexes });
    }
    for (const { sockets, indexes } of groups.values()) {
      const samples = indexes.length === pending.length ? pending : indexes.map((i) => pending[i]!);
      this.io.to(sockets).emit("stats:samples", { samples });
    }
  }

  private open(entry: Entry): void {
    const abort = new AbortController();
    entry.abort = abort;
    const room = this.io.to(statsRoom(entry.id));
    const run = async () => {
      while (!abort.signal.aborted) {
        try {
          await followStats(
            this.engine,
            entry.id,
            (sample) => {
              if (!sample) {
                // A reading still waiting for the tick would land after the end.
                this.pending.delete(entry.id);
                if (!entry.idle) room.emit("stats:end", { id: entry.id, reason: "not running" });
                entry.idle = true;
                entry.last = undefined;
                return;
              }
              entry.idle = false;
              entry.last = sample;
              this.queueSample(entry.id, sample);
            },
            abort.signal,
          );
        } catch (err) {
          if (abort.signal.aborted) break;
          const e = toEngineError(err);
          this.pending.delete(entry.id);
          room.emit("stats:end", { id: entry.id, reason: e.status === 404 ? "removed" : e.message });
          entry.idle = true;
          // Gone for good: stop trying, the viewers are told and will unwatch.
          if (e.status === 404) break;
        }
        if (abort.signal.aborted) break;
        // The engine closed the stream (container removed, or the engine restarting): try again shortly.
        await new Promise((r) => setTimeout(r, RETRY_MS));
      }
      if (entry.abort === abort) entry.abort = undefined;
    };
    void run();
  }
}

// server.ts loads lib/server/live once: one hub per engine for the process.
const hubs = new Map<string, StatsHub>();
export function statsHub(io: Server, engine: Engine): StatsHub {
  let hub = hubs.get(engine.id);
  if (!hub) hubs.set(engine.id, (hub = new StatsHub(io, engine)));
  return hub;
}
