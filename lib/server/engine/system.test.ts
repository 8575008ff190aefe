import { afterEach, describe, expect, it, vi } from "vitest";

// A fake engine whose df calls the test finishes by hand, numbered in the order they started.
const started: { n: number; finish: () => void }[] = [];
const fakeDocker = {
  df: () =>
    new Promise((resolve) => {
      const n = started.length + 1;
      started.push({ n, finish: () => resolve({ n }) });
    }),
};

const { DiskUsageReader } = await import("./system");

afterEach(() => vi.useRealTimers());

describe("DiskUsageReader", () => {
  it("never answers a caller with a df that started before it asked, and runs one at a time, spaced", async () => {
    vi.useFakeTimers();
    const reader = new DiskUsageReader(fakeDocker as never);
    const rawDiskUsage = () => reader.read();
    const first = rawDiskUsage();
    const alongside = rawDiskUsage();
    await vi.advanceTimersByTimeAsync(0);
    expect(started).toHaveLength(1);

    const late = rawDiskUsage(); // asked while df 1 runs: it must get df 2
    started[0]!.finish();
    expect(await first).toEqual({ n: 1 });
    expect(await alongside).toEqual({ n: 1 }); // asked before the df started: they share it
    await vi.advanceTimersByTimeAsync(1000);
    expect(started).toHaveLength(1); // spaced: not yet
    await vi.advanceTimersByTimeAsync(600);
    expect(started).toHaveLength(2);
    started[1]!.finish();
    expect(await late).toEqual({ n: 2 });
  });
});
