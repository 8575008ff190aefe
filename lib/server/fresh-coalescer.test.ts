import { describe, expect, it } from "vitest";
import { FreshCoalescer } from "./fresh-coalescer";

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe("FreshCoalescer", () => {
  it("never answers a caller with a call that started before it asked", async () => {
    const calls: ReturnType<typeof deferred<number>>[] = [];
    const c = new FreshCoalescer(() => {
      const d = deferred<number>();
      calls.push(d);
      return d.promise;
    });
    const first = c.run();
    const alongside = c.run(); // the same moment: shares call 1
    await Promise.resolve();
    expect(calls).toHaveLength(1);
    expect(alongside).toBe(first);
    const second = c.run(); // arrives while call 1 is in flight
    const third = c.run(); // shares the follow-up with `second`
    await Promise.resolve();
    expect(calls).toHaveLength(1);
    calls[0]!.resolve(1);
    expect(await first).toBe(1);
    await Promise.resolve();
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toHaveLength(2);
    calls[1]!.resolve(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  it("a failed call fails only its own callers", async () => {
    let n = 0;
    const c = new FreshCoalescer(async () => {
      n++;
      if (n === 1) throw new Error("boom");
      return n;
    });
    const a = c.run();
    await Promise.resolve();
    const b = c.run(); // call 1 is in flight: b gets call 2
    await expect(a).rejects.toThrow("boom");
    expect(await b).toBe(2);
    expect(await c.run()).toBe(3);
  });
});
