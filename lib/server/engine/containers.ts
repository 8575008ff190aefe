import "server-only";
import { verbConflict, type ContainerVerb } from "@/lib/shared/containers/verbs";
import { toContainerDetail, type RawContainerInspect } from "./mappers";
import type { ContainerDetail, ContainerSummary } from "@/lib/shared/types/engine";
import { callEngine } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

/** Answered from the engine's container store (container-store.ts): memory kept current by the events stream. */
export function listContainers(engine: Engine, opts: { all: boolean }): Promise<ContainerSummary[]> {
  return engine.containers.list(opts);
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
