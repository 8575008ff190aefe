import "server-only";

/**
 * Shares one call among concurrent callers without ever handing a caller a result that was fetched before it asked.
 * A plain single-flight would: a browser revalidating after a "die" event could join a list call sent before the
 * container died and show it running. Here a call starts a microtask after the first caller asks (so callers of the
 * same moment share it); callers arriving once it is in flight share the one follow-up call, started when it
 * settles — and, with `minGapMs`, no sooner than that long after it (an expensive read such as `system df`).
 */
export class FreshCoalescer<T> {
  private current?: Promise<T>;
  private next?: Promise<T>;
  private finishedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly fn: () => Promise<T>,
    private readonly opts: { minGapMs?: number } = {},
  ) {}

  run(): Promise<T> {
    this.next ??= this.startWhenFree();
    return this.next;
  }

  private async startWhenFree(): Promise<T> {
    await this.current?.catch(() => undefined);
    const wait = this.finishedAt + (this.opts.minGapMs ?? 0) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // From here on, a new caller waits for the call after this one.
    this.next = undefined;
    const call = this.fn().finally(() => {
      this.finishedAt = Date.now();
      if (this.current === call) this.current = undefined;
    });
    this.current = call;
    return call;
  }
}
