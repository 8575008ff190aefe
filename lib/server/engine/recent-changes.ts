import "server-only";

// dockerd (20.10 at least) logs a container's "die" event before it has finished cleaning up and
// written the container's new state to the view that `GET /containers/json` reads; only inspect
// waits for the container's lock. A list fetched right after the event can still say "running", and
// no later event would correct it. So the engine's events stream notes which containers just changed,
// and the list re-reads exactly those with inspect — never the whole list.
const WINDOW_MS = 5000;

export class RecentChanges {
  private readonly at = new Map<string, number>();

  note(id: string, now = Date.now()): void {
    this.at.set(id, now);
    for (const [other, t] of this.at) if (now - t > WINDOW_MS) this.at.delete(other);
  }

  ids(now = Date.now()): string[] {
    return [...this.at].filter(([, t]) => now - t <= WINDOW_MS).map(([id]) => id);
  }
}
