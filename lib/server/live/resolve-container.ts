import "server-only";
import { listContainers } from "@/lib/server/engine/containers";
import type { Engine } from "@/lib/server/engine/engine";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import type { LiveRefusal } from "@/lib/shared/types/live";
import { engineRefusal, refusal } from "./listen";

/**
 * The container `ref` names in `list`, resolved as the engine does: a full id, then an exact name, then an id
 * prefix that only one container has. `ambiguous` when several share the prefix.
 */
export function matchContainer(list: readonly ContainerSummary[], ref: string): ContainerSummary | "ambiguous" | undefined {
  const name = ref.replace(/^\//, "");
  const byId = list.find((c) => c.id === ref);
  if (byId) return byId;
  const byName = list.find((c) => c.name === name);
  if (byName) return byName;
  const byPrefix = list.filter((c) => c.id.startsWith(ref));
  if (byPrefix.length > 1) return "ambiguous";
  return byPrefix[0];
}

/**
 * Resolves a (validated) container ref before any stream is opened for it, against one container list shared by every
 * caller of the same moment (listContainers' coalescing): a socket asking for 10,000 unknown ids costs the engine one
 * list, not 10,000 inspects or streams. The list is fetched after the call (never an older one), so a container
 * created a moment ago is found.
 */
export async function resolveContainer(engine: Engine, ref: string): Promise<ContainerSummary | LiveRefusal> {
  let list: ContainerSummary[];
  try {
    list = await listContainers(engine, { all: true });
  } catch (err) {
    return engineRefusal(err);
  }
  const found = matchContainer(list, ref);
  if (found === "ambiguous") return refusal("invalid_request", `several containers have ids starting with ${ref}; give more of the id`);
  return found ?? refusal("not_found", `No such container: ${ref}`);
}

export function isRefusal(v: object): v is LiveRefusal {
  return "ok" in v && v.ok === false;
}
