import "server-only";
import type { EngineEvent } from "@/lib/shared/types/engine";
import type { Engine } from "./engine";

// Berth's own helper containers (today: the read-only volume browser's) carry one label. They are Berth's plumbing,
// not the user's work: no list, count, audit or event stream Berth shows may include them. This file is the one
// place that says what a helper is; every list goes through `isHelper`, every event stream through `isHelperEvent`.

export const HELPER_LABEL = "berth.helper";

/** Whether a container with these labels (from a list, an inspect or a `system df`) is one of Berth's helpers. */
export function isHelper(labels: Record<string, string> | null | undefined): boolean {
  return labels?.[HELPER_LABEL] !== undefined;
}

/** `containers` without Berth's helpers. */
export function withoutHelpers<T extends { Labels?: Record<string, string> | null }>(containers: readonly T[]): T[] {
  return containers.filter((c) => !isHelper(c.Labels));
}

// Ids stay known for a while after a helper is gone: its volume unmount and network disconnect events trail it.
const KNOWN_IDS_KEPT = 1000;

/**
 * The helper container ids an engine has shown this process. Container events carry the container's labels, but
 * volume mount/unmount and network connect/disconnect events name the container only by id in `attributes.container`:
 * those are recognised by the ids noted here (from the helpers Berth creates, finds at start-up, or sees events of).
 */
export class HelperIds {
  private readonly ids = new Set<string>();

  note(id: string): void {
    if (!id || this.ids.has(id)) return;
    this.ids.add(id);
    if (this.ids.size > KNOWN_IDS_KEPT) this.ids.delete(this.ids.values().next().value!);
  }

  has(id: string | undefined): boolean {
    return id !== undefined && this.ids.has(id);
  }

  /** Whether the event is about a helper (and learns the id when a container event says so by its label). */
  isHelperEvent(event: EngineEvent): boolean {
    if (event.type === "container") {
      if (event.attributes[HELPER_LABEL] !== undefined) {
        this.note(event.id);
        return true;
      }
      return this.has(event.id);
    }
    if (event.type === "volume" || event.type === "network") return this.has(event.attributes.container);
    return false;
  }
}

interface RawHelper {
  Id: string;
  State?: string;
  ImageID?: string;
  Labels?: Record<string, string> | null;
  Mounts?: { Type?: string; Name?: string }[] | null;
}

export interface HelperContainer {
  id: string;
  state: string;
  imageId: string;
  /** Names of the volumes it mounts. */
  volumes: string[];
}

/** Every helper on the engine, whoever made it (this process, or one that crashed). */
export async function listHelpers(engine: Engine): Promise<HelperContainer[]> {
  const raw = (await engine.docker.listContainers({ all: true, filters: { label: [HELPER_LABEL] } })) as RawHelper[];
  return raw.map((c) => {
    engine.helpers.note(c.Id);
    return {
      id: c.Id,
      state: c.State ?? "",
      imageId: c.ImageID ?? "",
      volumes: (c.Mounts ?? []).filter((m) => m.Type === "volume" && m.Name).map((m) => m.Name!),
    };
  });
}

/**
 * Force-removes helper containers; one already gone counts as removed. Returns how many went. `v` removes only
 * anonymous volumes a helper may have got from its image — never the named volume it was browsing.
 */
export async function removeHelpers(engine: Engine, ids: readonly string[]): Promise<number> {
  let removed = 0;
  for (const id of ids) {
    engine.helpers.note(id);
    try {
      await engine.docker.getContainer(id).remove({ force: true, v: true });
      removed++;
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) removed++;
      else console.error(`[berth] could not remove helper container ${id.slice(0, 12)}:`, (err as Error).message ?? err);
    }
  }
  return removed;
}
