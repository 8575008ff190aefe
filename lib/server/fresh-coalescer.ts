import "server-only";
/**
 * Shares one call among concurrent callers without ever handing a caller a result that was fetched
 * before it asked. A plain single-flight would: a browser revalidating after a "die" event could join
 * a list call sent before the container died and show it running. Here, callers arriving while a
 * call is in flight share one follow-up call, started when the current one settles.
 */
export class FreshCoalescer<T> {
  private current?: Promise<T>;
  private next?: Promise<T>;

  constructor(private readonly fn: () => Promise<T>) {}

  run(): Promise<T> {
    if (!this.current) {
      this.current = this.fn().finally(() => {
        this.current = undefined;
      });
      return this.current;
    }
    this.next ??= this.current
      .catch(() => undefined)
      .then(() => {
        this.next = undefined;
        return this.run();
      });
    return this.next;
  }
}
