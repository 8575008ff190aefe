import "server-only";

/**
 * A token bucket: `capacity` tokens to start with (the burst), refilled at `perSecond` up to `capacity` again.
 * `take()` spends one if there is one. Time comes from the caller (`now`, ms) so tests need no fake clock.
 */
export class TokenBucket {
  private tokens: number;
  private at: number;

  constructor(
    readonly capacity: number,
    readonly perSecond: number,
    now: number = Date.now(),
  ) {
    this.tokens = capacity;
    this.at = now;
  }

  take(now: number = Date.now(), cost = 1): boolean {
    this.refill(now);
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  /** Tokens left right now (fractions included). */
  left(now: number = Date.now()): number {
    this.refill(now);
    return this.tokens;
  }

  private refill(now: number) {
    // A clock that steps back (tests, NTP) refills nothing rather than draining the bucket.
    if (now > this.at) this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = Math.max(this.at, now);
  }
}
