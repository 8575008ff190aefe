import "server-only";
import { verbConflict, type ContainerVerb } from "@/lib/shared/containers/verbs";
import { FreshCoalescer } from "@/lib/server/fresh-coalescer";
import { docker } from "./client";
import { recentChanges } from "./recent-changes";
import { EngineError, toEngineError } from "./errors";
import { toContainerDetail, toContainerSummary, type RawContainerInspect, type RawContainerSummary } from "./mappers";
import type { ContainerDetail, ContainerSummary } from "@/lib/shared/types/engine";

async function engine<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    throw toEngineError(err);
  }
}

// Every browser revalidates the list on the same engine event; one engine call serves all of them.
const listCalls = {
  all: new FreshCoalescer(() => fetchList(true)),
  running: new FreshCoalescer(() => fetchList(false)),
};

async function fetchList(all: boolean): Promise<ContainerSummary[]> {
  const raw = await engine(() => docker().listContainers({ all }));
  return withRecentChanges((raw as RawContainerSummary[]).map(toContainerSummary));
}

/** Re-reads the containers that changed in the last seconds with inspect (see recent-changes.ts). */
async function withRecentChanges(list: ContainerSummary[]): Promise<ContainerSummary[]> {
  const recent = new Set(recentChanges().ids());
  if (recent.size === 0) return list;
  const fresh = await Promise.all(
    list.map(async (c) => {
      if (!recent.has(c.id)) return c;
      try {
        const d = await inspectContainer(c.id);
        return { ...c, state: d.state, status: d.status };
      } catch (err) {
        if (err instanceof EngineError && err.status === 404) return undefined; // removed meanwhile
        return c;
      }
    }),
  );
  return fresh.filter((c): c is ContainerSummary => c !== undefined);
}

export function listContainers(opts: { all: boolean }): Promise<ContainerSummary[]> {
  return (opts.all ? listCalls.all : listCalls.running).run();
}

/** `ref` is an id, an id prefix or a name: the engine resolves all three. */
export async function inspectContainer(ref: string): Promise<ContainerDetail> {
  const raw = await engine(() => docker().getContainer(ref).inspect());
  return toContainerDetail(raw as RawContainerInspect);
}

export async function runContainerVerb(ref: string, verb: ContainerVerb): Promise<ContainerDetail> {
  const before = await inspectContainer(ref);
  const conflict = verbConflict(verb, before.state);
  if (conflict) throw new EngineError(409, "conflict", conflict);
  // Act on the resolved id: a name or prefix could name another container by the time we act.
  const c = docker().getContainer(before.id);
  await engine(() => (c[verb] as (opts?: object) => Promise<unknown>).call(c, {}));
  return inspectContainer(before.id);
}

export async function removeContainer(ref: string, opts: { force: boolean; volumes: boolean }): Promise<string> {
  const { id } = await inspectContainer(ref);
  await engine(() => docker().getContainer(id).remove({ force: opts.force, v: opts.volumes }));
  return id;
}
