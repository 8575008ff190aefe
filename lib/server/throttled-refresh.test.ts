import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ThrottledRefresh } from "./throttled-refresh";

const OPTS = { quietMs: 500, maxWaitMs: 5000, minIntervalMs: 5000 };

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe("ThrottledRefresh", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once for a burst, after it falls quiet", async () => {
    const fn = vi.fn(async () => undefined);
    const r = new ThrottledRefresh(fn, OPTS);
    for (let i = 0; i < 100; i++) {
      if (i > 0) await vi.advanceTimersByTimeAsync(10);
      r.request();
    }
    expect(fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(499);
    expect(fn).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(fn).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("serves a steady stream at least every maxWaitMs, never two starts closer than minIntervalMs", async () => {
    const starts: number[] = [];
    const r = new ThrottledRefresh(async () => void starts.push(Date.now()), OPTS);
    const t0 = Date.now();
    // A request every 100 ms for 30 s: never quiet.
    for (let i = 0; i < 300; i++) {
      r.request();
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(10_000);
    const offsets = starts.map((t) => t - t0);
    expect(offsets[0]).toBe(5000);
    for (let i = 1; i < offsets.length; i++) expect(offsets[i]! - offsets[i - 1]!).toBeGreaterThanOrEqual(5000);
    // 30 s of requests, one run per 5 s, and one for the last of them.
    expect(starts.length).toBe(6);
  });

  it("never runs two at once; a request during a run gets a run of its own after it", async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    const r = new ThrottledRefresh(() => {
      const d = deferred();
      runs.push(d);
      return d.promise;
    }, OPTS);
    r.request({ now: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toHaveLength(1);
    r.request(); // the engine may have been read before this change
    await vi.advanceTimersByTimeAsync(20_000);
    expect(runs).toHaveLength(1); // still running: nothing overlaps it
    runs[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    // Already 20 s since the first start and quiet for longer than quietMs: at once.
    expect(runs).toHaveLength(2);
    runs[1]!.resolve();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toHaveLength(2);
  });

  it("`now` skips the quiet wait but not the interval", async () => {
    const starts: number[] = [];
    const r = new ThrottledRefresh(async () => void starts.push(Date.now()), OPTS);
    const t0 = Date.now();
    r.request({ now: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(starts.map((t) => t - t0)).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1000);
    r.request({ now: true });
    await vi.advanceTimersByTimeAsync(3999);
    expect(starts).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(starts.map((t) => t - t0)).toEqual([0, 5000]);
  });

  it("cancel drops what is due; a failed run does not stop later ones", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    let n = 0;
    const r = new ThrottledRefresh(async () => {
      n++;
      if (n === 1) throw new Error("boom");
    }, OPTS);
    r.request();
    expect(r.pending).toBe(true);
    r.cancel();
    expect(r.pending).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(n).toBe(0);
    r.request({ now: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(n).toBe(1);
    expect(error).toHaveBeenCalled();
    r.request();
    await vi.advanceTimersByTimeAsync(5000);
    expect(n).toBe(2);
    error.mockRestore();
  });
});
