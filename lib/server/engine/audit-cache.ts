import "server-only";
import type { EngineEvent } from "@/lib/shared/types/engine";
import type { Engine } from "./engine";
import { inspectContainerRaw } from "./inspect-raw";
import { listRawContainers } from "./raw-container-refs";
import { FreshCoalescer } from "@/lib/server/fresh-coalescer";
import { auditContainer, buildReport } from "@/lib/shared/audit/audit";
import { toAuditSubject, type RawAuditInspect } from "@/lib/shared/audit/subject";
import { AUDIT_REFRESH_ACTIONS, type ContainerAudit, type SecurityReport } from "@/lib/shared/audit/types";
import { toEngineError, isNotFound } from "./errors";

// The audit of every container of one engine, kept on the server so /security and the list's badges cost nothing
// per request: each container is inspected once, then again only when an engine event names it (the engine's
// events stream calls noteEvent). Kitematic re-inspected everything on every event; lazydocker every second.
const INSPECT_CONCURRENCY = 8;

const REFRESHING_ACTIONS = new Set(AUDIT_REFRESH_ACTIONS);

async function auditOf(engine: Engine, ref: string): Promise<ContainerAudit | undefined> {
  try {
    return auditContainer(toAuditSubject((await inspectContainerRaw(engine, ref)) as RawAuditInspect));
  } catch (err) {
    if (isNotFound(err)) return undefined; // gone meanwhile
    throw err;
  }
}

async function inBatches<T>(items: readonly T[], size: number, each: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(each));
}

export class AuditCache {
  private readonly entries = new Map<string, ContainerAudit>();
  private readonly dirty = new Set<string>();
  private filled = false;
  private readonly syncs = new FreshCoalescer(() => this.sync());
  /** Inspect calls made, for tests and the docs' "once per container" promise. */
  inspections = 0;

  constructor(private readonly engine: Engine) {
    // Events are lost while the engine is away: start over when it comes back.
    engine.health.on("change", (h: { reachable: boolean }) => {
      if (!h.reachable) this.filled = false;
    });
  }

  noteEvent(event: EngineEvent): void {
    if (event.type === "container" && REFRESHING_ACTIONS.has(event.action) && event.id) this.dirty.add(event.id);
  }

  async report(): Promise<SecurityReport> {
    await this.syncs.run();
    return buildReport([...this.entries.values()]);
  }

  /** One container by id, id prefix or name; undefined when the engine does not know it. */
  async container(ref: string): Promise<ContainerAudit | undefined> {
    if (this.filled) {
      await this.syncs.run();
      const hit = this.find(ref);
      if (hit) return hit;
    }
    const audit = await this.inspect(ref);
    if (audit && this.filled) this.entries.set(audit.id, audit);
    return audit;
  }

  private find(ref: string): ContainerAudit | undefined {
    const byId = this.entries.get(ref);
    if (byId) return byId;
    for (const a of this.entries.values()) if (a.name === ref || (ref.length >= 4 && a.id.startsWith(ref))) return a;
    return undefined;
  }

  private inspect(ref: string): Promise<ContainerAudit | undefined> {
    this.inspections++;
    return auditOf(this.engine, ref);
  }

  private async sync(): Promise<void> {
    const ids = [...this.dirty];
    this.dirty.clear();
    if (!this.filled) return this.fill();
    await inBatches(ids, INSPECT_CONCURRENCY, async (id) => {
      const audit = await this.inspect(id).catch((err) => {
        this.dirty.add(id); // try again next time rather than show a stale verdict as fresh
        throw err;
      });
      if (audit) this.entries.set(id, audit);
      else this.entries.delete(id);
    });
  }

  private async fill(): Promise<void> {
    const containers = await listRawContainers(this.engine).catch((err: unknown) => {
      throw toEngineError(err);
    });
    const fresh = new Map<string, ContainerAudit>();
    await inBatches(containers, INSPECT_CONCURRENCY, async (c) => {
      const audit = await this.inspect(c.Id);
      if (audit) fresh.set(audit.id, audit);
    });
    this.entries.clear();
    for (const [id, a] of fresh) this.entries.set(id, a);
    this.filled = true;
  }
}

