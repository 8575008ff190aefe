import type { ContainerChange, ContainerState, ContainerSummary, EngineEvent } from "@/lib/shared/types/engine";
import { CONTAINERS_PREFIX } from "@/lib/browser/paths/containers";

// An engine event says what changed before the list endpoint can: the engine holds a container's lock
// while it starts it, so a refetch right after "create" waits ~300 ms for the start to finish. The
// event alone is enough to show the row at once; the refetch that follows brings the full truth.

const STATE_AFTER: Record<string, { state: ContainerState; status: (e: EngineEvent) => string }> = {
  start: { state: "running", status: () => "Up Less than a second" },
  unpause: { state: "running", status: () => "Up Less than a second" },
  restart: { state: "running", status: () => "Up Less than a second" },
  pause: { state: "paused", status: () => "Up (Paused)" },
  die: { state: "exited", status: (e) => `Exited (${e.attributes.exitCode ?? "0"}) Less than a second ago` },
};

/** Attributes the engine adds to container events beside the container's own labels. */
const NON_LABEL_ATTRIBUTES = new Set(["name", "image", "exitCode", "signal", "oldName", "execID", "execDuration"]);

function labelsOf(e: EngineEvent): Record<string, string> {
  return Object.fromEntries(Object.entries(e.attributes).filter(([k]) => !NON_LABEL_ATTRIBUTES.has(k)));
}

export function patchContainerList(list: ContainerSummary[], e: EngineEvent): ContainerSummary[] {
  if (e.type !== "container" || !e.id) return list;
  const index = list.findIndex((c) => c.id === e.id);
  if (e.action === "destroy") return index === -1 ? list : list.filter((c) => c.id !== e.id);
  if (e.action === "create") {
    if (index !== -1 || !e.name) return list;
    const created = Math.floor(Number(BigInt(e.timeNano) / 1_000_000_000n));
    return [
      ...list,
      {
        id: e.id,
        name: e.name,
        image: e.attributes.image ?? "",
        imageId: "",
        command: "",
        created,
        state: "created",
        status: "Created",
        ports: [],
        labels: labelsOf(e),
      },
    ];
  }
  if (index === -1) return list;
  const current = list[index]!;
  let next: ContainerSummary | undefined;
  if (e.action === "rename" && e.name) next = { ...current, name: e.name };
  const after = STATE_AFTER[e.action];
  if (after) next = { ...current, state: after.state, status: after.status(e) };
  if (!next) return list;
  const copy = [...list];
  copy[index] = next;
  return copy;
}

/**
 * Whether an SWR key holds data about a container one of these events names: the list, or any key
 * under /api/containers/<ref> where ref is its name, its id or an id prefix. Other containers' keys
 * are left alone, so one busy container does not refetch every open view.
 */
export function keyConcernsEvents(key: unknown, events: readonly EngineEvent[]): boolean {
  if (typeof key !== "string" || !key.startsWith(CONTAINERS_PREFIX)) return false;
  const rest = key.slice(CONTAINERS_PREFIX.length);
  // The list itself is patched by the server's `containers:changed` (applyContainerChanges), never refetched.
  if (!rest.startsWith("/")) return false;
  let ref: string;
  try {
    ref = decodeURIComponent(rest.slice(1).split(/[/?]/)[0] ?? "");
  } catch {
    return true;
  }
  return events.some(
    (e) => ref === e.name || ref === e.attributes.oldName?.replace(/^\//, "") || (ref.length >= 4 && e.id.startsWith(ref)),
  );
}

/**
 * `network connect/disconnect` changes what a container's screens show (its networks card, settings) but the
 * engine reports it as a network event naming the container in an attribute: seen from the container, it is one.
 */
export function containerSideOf(e: EngineEvent, nameOf: (id: string) => string | undefined): EngineEvent | undefined {
  const container = e.attributes.container;
  if (e.type !== "network" || !container || (e.action !== "connect" && e.action !== "disconnect")) return undefined;
  // Screens key containers by name as often as by id; the event only carries the id.
  return { type: "container", action: `network_${e.action}`, id: container, name: nameOf(container), attributes: {}, timeNano: e.timeNano };
}

/** `docker ps` without `-a`. */
const LISTED_WITHOUT_ALL = new Set<ContainerState>(["running", "paused", "restarting"]);

/**
 * The server's container store pushes what an event changed (`containers:changed`): the rows to show anew and the
 * ids gone. Applied to a held list (`all`: every state, else as `docker ps` lists), in the list's order, new rows last.
 */
export function applyContainerChanges(
  list: ContainerSummary[],
  change: Pick<ContainerChange, "upsert" | "remove">,
  all: boolean,
): ContainerSummary[] {
  const gone = new Set(change.remove);
  const fresh = new Map(change.upsert.map((c) => [c.id, c]));
  for (const c of change.upsert) if (!all && !LISTED_WITHOUT_ALL.has(c.state)) gone.add(c.id);
  const kept = list.filter((c) => !gone.has(c.id)).map((c) => fresh.get(c.id) ?? c);
  const held = new Set(list.map((c) => c.id));
  const added = change.upsert.filter((c) => !held.has(c.id) && !gone.has(c.id));
  return [...kept, ...added];
}
