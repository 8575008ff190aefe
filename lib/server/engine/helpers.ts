import "server-only";
import type { EngineEvent } from "@/lib/shared/types/engine";

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
