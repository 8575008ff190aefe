import "server-only";
import type { ContainerChange, ContainerSummary, EngineEvent } from "@/lib/shared/types/engine";
import { randomBytes } from "node:crypto";
import { FreshCoalescer } from "@/lib/server/fresh-coalescer";
import { ApiError } from "@/lib/shared/errors";
import { inspectContainer } from "./containers";
import type { Engine } from "./engine";
import { callEngine } from "./errors";
import { withoutHelpers } from "./helpers";
import { toContainerSummary, type RawContainerSummary } from "./mappers";
import type { RawContainerRef } from "./raw-container-refs";

/** A container as the engine's list has it (mounts and networks too, for the volume and network screens). */
type RawListed = RawContainerSummary & RawContainerRef;
type Listed = { summary: ContainerSummary; raw: RawListed };

// Every container of one engine, kept in memory and maintained by the engine's events stream (Dozzle's pattern,
// and the audit cache's): one full list when the stream opens (and again after the engine comes back), then only the
// containers an event names are listed again. A list request costs no engine call unless an event came since the
// last one. Until the events stream is open the store does not trust itself and lists from the engine each time.

/** The engine's own "Up 3 minutes" texts age; a request after this long refreshes them in the background. */
const STATUS_REFRESH_MS = 30_000;
/** `docker ps` without `-a`. */
const LISTED_WITHOUT_ALL = new Set(["running", "paused", "restarting"]);

export class ContainerStore {
  private readonly entries = new Map<string, ContainerSummary>();
  /** The engine's own list entries, by id: who uses which volume and network. */
  private readonly raw = new Map<string, RawListed>();
  /** Container ids an event named since they were last listed, with when the event arrived. */
  private readonly dirty = new Map<string, number>();
  private filled = false;
  private fullAt = Number.NEGATIVE_INFINITY;
  private refreshing?: Promise<void>;
  private readonly syncs = new FreshCoalescer(() => this.sync());
  private readonly listeners = new Set<(change: ContainerChange) => void>();
  /** Engine list calls made (full and by id), for tests and the bench. */
  engineLists = 0;
  /** Per process, so a revision of a Berth that restarted never matches one of the Berth before it. */
  private readonly epoch = randomBytes(4).toString("hex");
  private changes = 0;

  constructor(private readonly engine: Engine) {
    // Events are lost while the engine is away: start over when it comes back.
    engine.health.on("change", (h: { reachable: boolean }) => {
      if (!h.reachable) this.filled = false;
    });
  }

  /** Whether memory can answer: filled while the events stream that keeps it current is open. */
  private get trusted(): boolean {
    return this.filled && this.engine.events.running && this.engine.health.current.reachable;
  }

  noteEvent(event: EngineEvent): void {
    const id = containerNamedBy(event);
    if (!id) return;
    this.dirty.set(id, Date.now());
    // Browsers hear what changed without asking: the refresh runs at once, not on their next request.
    if (this.listeners.size > 0) void this.syncs.run().catch(() => undefined);
  }

  /**
   * After a change Berth made itself: the engine answered before its event reaches the stream, so the next list
   * is a full one (a request that follows the change must see it).
   */
  invalidate(): void {
    this.filled = false;
  }

  /**
   * Names what the store holds: it moves whenever a row is added, changed or dropped. A list answer carries it, and a
   * browser's socket hears it on connect, so a tab whose list is current does not fetch thousands of rows again.
   */
  get revision(): string {
    return `${this.epoch}:${this.changes}`;
  }

  /** Called with what each refresh changed (not the first fill): the containers to show anew and those gone. */
  onChange(listener: (change: ContainerChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The engine's list entries of every container (helpers left out), from memory like `list`. */
  async rawList(): Promise<RawListed[]> {
    await this.syncs.run();
    return [...this.raw.values()];
  }

  async list(opts: { all: boolean }): Promise<ContainerSummary[]> {
    await this.syncs.run();
    const list = [...this.entries.values()];
    if (Date.now() - this.fullAt > STATUS_REFRESH_MS) this.refreshInBackground();
    return opts.all ? list : list.filter((c) => LISTED_WITHOUT_ALL.has(c.state));
  }

  private async sync(): Promise<void> {
    if (!this.trusted) return this.fill();
    if (this.dirty.size === 0) return;
    const ids = [...this.dirty.keys()];
    this.dirty.clear();
    try {
      const fresh = await this.listEngine(ids);
      const found = new Set(fresh.map((l) => l.summary.id));
      const upsert = fresh.map((l) => l.summary);
      const remove = ids.filter((id) => !found.has(id) && this.entries.has(id));
      for (const l of fresh) this.put(l);
      for (const id of ids) if (!found.has(id)) this.drop(id);
      this.emit(upsert, remove);
    } catch (err) {
      for (const id of ids) if (!this.dirty.has(id)) this.dirty.set(id, Date.now()); // try again next time
      throw err;
    }
  }

  private async fill(): Promise<void> {
    // Events noted from here on are applied after the fill, so a list older than an event never has the last word.
    const startedAt = Date.now();
    const all = await this.listEngine();
    const before = new Map(this.entries);
    this.entries.clear();
    this.raw.clear();
    for (const l of all) this.put(l);
    this.fullAt = startedAt;
    // Browsers hold the list they were sent: tell them what this fill changed (nothing on the very first, which
    // still moves the revision: an empty store and a filled one must not look alike).
    if (before.size === 0) this.changes++;
    else {
      const upsert = all.map((l) => l.summary).filter((c) => JSON.stringify(before.get(c.id)) !== JSON.stringify(c));
      this.emit(upsert, [...before.keys()].filter((id) => !this.entries.has(id)));
    }
    for (const [id, at] of this.dirty) if (at < startedAt) this.dirty.delete(id);
    this.filled = this.engine.events.running;
  }

  /** A full list to renew the status texts, while requests go on being answered from memory. */
  private refreshInBackground(): void {
    if (this.refreshing || !this.trusted) return;
    const startedAt = Date.now();
    this.refreshing = this.listEngine()
      .then((all) => {
        if (!this.trusted) return;
        const found = new Set(all.map((l) => l.summary.id));
        // A container an event named since the list began is refreshed by the next sync instead.
        for (const l of all) if (!this.dirty.has(l.summary.id)) this.put(l);
        const remove = [...this.entries.keys()].filter((id) => !found.has(id) && !this.dirty.has(id));
        for (const id of remove) this.drop(id);
        this.fullAt = startedAt;
        this.emit([], remove);
      })
      .catch(() => undefined)
      .finally(() => (this.refreshing = undefined));
  }

  private put(l: Listed): void {
    this.entries.set(l.summary.id, l.summary);
    this.raw.set(l.summary.id, l.raw);
  }

  private drop(id: string): void {
    this.entries.delete(id);
    this.raw.delete(id);
  }

  private async listEngine(ids?: string[]): Promise<Listed[]> {
    this.engineLists++;
    const listed = (await callEngine(() =>
      this.engine.docker.listContainers(ids ? { all: true, filters: { id: ids } } : { all: true }),
    )) as RawListed[];
    // The id filter matches prefixes too: keep exactly the containers asked for.
    const wanted = ids && new Set(ids);
    const kept = withoutHelpers(listed).filter((c) => !wanted || wanted.has(c.Id));
    const summaries = await this.withRecentChanges(kept.map(toContainerSummary));
    const rawById = new Map(kept.map((c) => [c.Id, c]));
    return summaries.map((summary) => ({ summary, raw: rawById.get(summary.id)! }));
  }

  /** Re-reads the containers that changed in the last seconds with inspect (see recent-changes.ts). */
  private async withRecentChanges(list: ContainerSummary[]): Promise<ContainerSummary[]> {
    const recent = new Set(this.engine.recentChanges.ids());
    if (recent.size === 0) return list;
    const fresh = await Promise.all(
      list.map(async (c) => {
        if (!recent.has(c.id)) return c;
        try {
          const d = await inspectContainer(this.engine, c.id);
          return { ...c, state: d.state, status: d.status };
        } catch (err) {
          if (err instanceof ApiError && err.status === 404) return undefined; // removed meanwhile
          return c;
        }
      }),
    );
    return fresh.filter((c): c is ContainerSummary => c !== undefined);
  }

  private emit(upsert: ContainerSummary[], remove: string[]): void {
    if (upsert.length === 0 && remove.length === 0) return;
    this.changes++;
    const change: ContainerChange = { upsert, remove, revision: this.revision };
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch (err) {
        console.error("[berth] a container store listener failed:", err);
      }
    }
  }
}

/**
 * The container an event says changed: its own events (not exec_*), and a network connect or disconnect, which the
 * engine reports as a network event naming the container in an attribute.
 */
function containerNamedBy(event: EngineEvent): string | undefined {
  if (event.type === "container") return event.id && !event.action.startsWith("exec_") ? event.id : undefined;
  if (event.type === "network" && (event.action === "connect" || event.action === "disconnect")) return event.attributes.container || undefined;
  return undefined;
}
