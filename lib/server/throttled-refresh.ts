import "server-only";

export interface ThrottleOptions {
  /** A burst is over when no request came for this long: one run for the whole burst. */
  quietMs: number;
  /** …but a steady stream of requests is served at least this long after the first unserved one. */
  maxWaitMs: number;
  /** Never two starts closer than this: the cap on what the work may cost. */
  minIntervalMs: number;
}

/**
 * Runs `fn` once for any number of requests: after they fall quiet (or have waited `maxWaitMs`), never while a run is
 * in flight, never sooner than `minIntervalMs` after the previous start. A request made while `fn` runs gets a run
 * of its own after it (the running one may have read the engine before the change the request is about).
 * `request({ now: true })` skips the quiet wait (a first viewer, an engine back from away), not the interval.
 * (FreshCoalescer shares one call among callers that wait for its answer; this is for work nobody waits on, pushed
 * to viewers when done.)
 */
export class ThrottledRefresh {
  private timer?: ReturnType<typeof setTimeout>;
  private running = false;
  private requested = false;
  private urgent = false;
  private firstAt = 0;
  private lastAt = 0;
  private lastStart = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly fn: () => Promise<void>,
    private readonly opts: ThrottleOptions,
  ) {}

  /** A run is due or in flight. */
  get pending(): boolean {
    return this.requested || this.running;
  }

  request(opts: { now?: boolean } = {}): void {
    const now = Date.now();
    if (!this.requested) this.firstAt = now;
    this.requested = true;
    this.lastAt = now;
    if (opts.now) this.urgent = true;
    this.schedule();
  }

  /** Drops what is due (a run in flight finishes, nothing follows it unless asked again). */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.requested = false;
    this.urgent = false;
  }

  private schedule(): void {
    if (!this.requested || this.running) return;
    const settled = this.urgent ? Date.now() : Math.min(this.lastAt + this.opts.quietMs, this.firstAt + this.opts.maxWaitMs);
    const due = Math.max(settled, this.lastStart + this.opts.minIntervalMs);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.fire(), Math.max(0, due - Date.now()));
  }

  private async fire(): Promise<void> {
    this.timer = undefined;
    if (!this.requested || this.running) return;
    this.requested = false;
    this.urgent = false;
    this.running = true;
    this.lastStart = Date.now();
    try {
      await this.fn();
    } catch (err) {
      // `fn` reports its own failures; anything escaping it is Berth's bug, and must not stop later runs.
      console.error("[berth] a throttled refresh failed:", err);
    } finally {
      this.running = false;
      this.schedule();
    }
  }
}
