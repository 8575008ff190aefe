import "server-only";
import { verbConflict, type ContainerVerb } from "@/lib/shared/containers/verbs";
import { FreshCoalescer } from "@/lib/server/fresh-coalescer";
import { toContainerDetail, toContainerSummary, type RawContainerInspect, type RawContainerSummary } from "./mappers";
import type { ContainerDetail, ContainerSummary } from "@/lib/shared/types/engine";
import { callEngine } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";
import { withoutHelpers } from "./helpers";

// Every browser revalidates the list on the same engine event; one engine call serves all of them.
const listCalls = new WeakMap<Engine, { all: FreshCoalescer<ContainerSummary[]>; running: FreshCoalescer<ContainerSummary[]> }>();

function listCallsOf(engine: Engine) {
  let calls = listCalls.get(engine);
  if (!calls) {
    calls = { all: new FreshCoalescer(() => fetchList(engine, true)), running: new FreshCoalescer(() => fetchList(engine, false)) };
    listCalls.set(engine, calls);
  }
  return calls;
}

async function fetchList(engine: Engine, all: boolean): Promise<ContainerSummary[]> {
  const raw = (await callEngine(() => engine.docker.listContainers({ all }))) as RawContainerSummary[];
  return withRecentChanges(engine, withoutHelpers(raw).map(toContainerSummary));
}

/** Re-reads the containers that changed in the last seconds with inspect (see recent-changes.ts). */
async function withRecentChanges(engine: Engine, list: ContainerSummary[]): Promise<ContainerSummary[]> {
  const recent = new Set(engine.recentChanges.ids());
  if (recent.size === 0) return list;
  const fresh = await Promise.all(
    list.map(async (c) => {
      if (!recent.has(c.id)) return c;
      try {
        const d = await inspectContainer(engine, c.id);
        return { ...c, state: d.state, status: d.status };
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return undefined; // removed meanwhile
        return c;
      }
    }),
  );
  return fresh.filter((c): c is ContainerSummary => c !== undefined);
}

export function listContainers(engine: Engine, opts: { all: boolean }): Promise<ContainerSummary[]> {
  const calls = listCallsOf(engine);
  return (opts.all ? calls.all : calls.running).run();
}

/** `ref` is an id, an id prefix or a name: the engine resolves all three. */
export async function inspectContainer(engine: Engine, ref: string): Promise<ContainerDetail> {
  const raw = await callEngine(() => engine.docker.getContainer(ref).inspect());
  return toContainerDetail(raw as RawContainerInspect);
}

export async function runContainerVerb(engine: Engine, ref: string, verb: ContainerVerb): Promise<ContainerDetail> {
  const before = await inspectContainer(engine, ref);
  const conflict = verbConflict(verb, before.state);
  if (conflict) throw new ApiError("conflict", conflict);
  // Act on the resolved id: a name or prefix could name another container by the time we act.
  const c = engine.docker.getContainer(before.id);
  await callEngine(() => (c[verb] as (opts?: object) => Promise<unknown>).call(c, {}));
  return inspectContainer(engine, before.id);
}

export async function removeContainer(engine: Engine, ref: string, opts: { force: boolean; volumes: boolean }): Promise<string> {
  const { id } = await inspectContainer(engine, ref);
  await callEngine(() => engine.docker.getContainer(id).remove({ force: opts.force, v: opts.volumes }));
  return id;
}
