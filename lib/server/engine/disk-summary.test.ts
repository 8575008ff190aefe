import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { EngineEvent } from "@/lib/shared/types/engine";
import type { DiskSummary } from "@/lib/shared/types/system";
import { affectsDiskSummary, DISK_SUMMARY_THROTTLE, DiskSummaryFeed, type DiskFigures } from "./disk-summary";
import { HealthState } from "./health";

const ev = (type: string, action: string): EngineEvent => ({ type, action, id: "x", attributes: {}, timeNano: "0" });
const none = { count: 0, bytes: 0 };

function figures(bytes: number): DiskFigures {
  return {
    reclaimableBytes: bytes,
    reclaimable: { containers: { count: 1, bytes }, images: none, volumes: none, buildCache: none },
    disk: [{ kind: "containers", label: "Containers", total: 1, active: 0, size: bytes, reclaimable: bytes }],
  };
}

function setup() {
  const health = new HealthState("unix:///test.sock");
  health.set({ reachable: true, version: "20.10" });
  let bytes = 100;
  const measure = vi.fn(async () => figures(bytes));
  const feed = new DiskSummaryFeed("local", health, measure);
  const published: DiskSummary[] = [];
  feed.on("summary", (s: DiskSummary) => published.push(s));
  return { health, measure, feed, published, setBytes: (b: number) => (bytes = b) };
}

const measured = (s: DiskSummary | undefined) => (s?.state === "measured" ? s : undefined);

describe("affectsDiskSummary", () => {
  it("takes what changes disk use or the cleanup's offer, and ignores the noise", () => {
    for (const [type, action] of [
      ["container", "create"],
      ["container", "destroy"],
      ["container", "die"],
      ["container", "start"],
      ["image", "pull"],
      ["image", "untag"],
      ["image", "delete"],
      ["image", "tag"],
      ["image", "load"],
      ["volume", "create"],
      ["volume", "destroy"],
      ["builder", "prune"],
    ])
      expect(affectsDiskSummary(ev(type!, action!)), `${type} ${action}`).toBe(true);
    for (const [type, action] of [
      ["container", "exec_start: sh"],
      ["container", "top"],
      ["container", "rename"],
      ["container", "pause"],
      ["container", "attach"],
      ["network", "connect"],
      ["network", "create"],
      ["volume", "mount"],
      ["image", "push"],
      ["daemon", "reload"],
    ])
      expect(affectsDiskSummary(ev(type!, action!)), `${type} ${action}`).toBe(false);
  });
});

describe("DiskSummaryFeed", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("measures nothing while nobody watches, however many events come", async () => {
    const { feed, measure } = setup();
    for (let i = 0; i < 50; i++) feed.noteEvent(ev("container", "destroy"));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(measure).not.toHaveBeenCalled();
    expect(feed.current).toBeUndefined();
  });

  it("measures for the first watcher at once and hands later watchers the last figure with no df", async () => {
    const { feed, measure, published } = setup();
    expect(feed.watch("a")).toBeUndefined();
    await vi.advanceTimersByTimeAsync(0);
    expect(measure).toHaveBeenCalledTimes(1);
    expect(measured(published.at(-1))).toMatchObject({ state: "measured", engine: "local", reclaimableBytes: 100, updating: false });
    const second = feed.watch("b");
    expect(measured(second)?.reclaimableBytes).toBe(100);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(measure).toHaveBeenCalledTimes(1);
  });

  it("a burst of 100 relevant events while watched: one measurement, marked updating until it lands", async () => {
    const { feed, measure, published, setBytes } = setup();
    feed.watch("a");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(measure).toHaveBeenCalledTimes(1);
    const before = published.length;
    setBytes(300);
    for (let i = 0; i < 100; i++) {
      feed.noteEvent(ev("container", i % 2 ? "die" : "destroy"));
      feed.noteEvent(ev("network", "disconnect"));
      await vi.advanceTimersByTimeAsync(20);
    }
    // Told once that a new figure is coming, not once per event.
    expect(published.slice(before)).toEqual([expect.objectContaining({ updating: true, reclaimableBytes: 100 })]);
    await vi.advanceTimersByTimeAsync(DISK_SUMMARY_THROTTLE.maxWaitMs);
    expect(measure).toHaveBeenCalledTimes(2);
    expect(measured(feed.current)).toMatchObject({ reclaimableBytes: 300, updating: false });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(measure).toHaveBeenCalledTimes(2);
  });

  it("events that cannot change it cost nothing", async () => {
    const { feed, measure } = setup();
    feed.watch("a");
    await vi.advanceTimersByTimeAsync(10_000);
    for (const [type, action] of [["container", "exec_start: sh"], ["network", "connect"], ["container", "rename"]]) feed.noteEvent(ev(type!, action!));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(measure).toHaveBeenCalledTimes(1);
  });

  it("stops when the last watcher leaves; a watcher coming back after a change gets the old figure marked updating, then a new one", async () => {
    const { feed, measure, setBytes } = setup();
    feed.watch("a");
    await vi.advanceTimersByTimeAsync(10_000);
    feed.noteEvent(ev("volume", "create"));
    feed.unwatch("a");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(measure).toHaveBeenCalledTimes(1); // the due measurement was dropped

    // Something changed while nobody watched: the next watcher is handed the old figure marked updating, and a df runs.
    setBytes(500);
    feed.noteEvent(ev("volume", "destroy"));
    const handed = feed.watch("b");
    expect(measured(handed)).toMatchObject({ reclaimableBytes: 100, updating: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(measure).toHaveBeenCalledTimes(2);
    expect(measured(feed.current)).toMatchObject({ reclaimableBytes: 500, updating: false });

    // Back after a quiet spell with nothing changed since the last df: the last figure, no df.
    feed.unwatch("b");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(measured(feed.watch("c"))).toMatchObject({ reclaimableBytes: 500, updating: false });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(measure).toHaveBeenCalledTimes(2);
  });

  it("says the engine is away instead of showing an old figure, and measures once when it is back", async () => {
    const { feed, measure, health, published } = setup();
    feed.watch("a");
    await vi.advanceTimersByTimeAsync(10_000);
    health.set({ reachable: false, message: "connect ENOENT /test.sock" });
    expect(feed.current).toMatchObject({ state: "unavailable", message: "Docker engine not reachable: connect ENOENT /test.sock" });
    // A watcher arriving now is told so, and nothing is asked of an engine that is not there.
    expect(feed.watch("b")?.state).toBe("unavailable");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(measure).toHaveBeenCalledTimes(1);

    health.set({ reachable: true, version: "20.10" });
    await vi.advanceTimersByTimeAsync(0);
    expect(measure).toHaveBeenCalledTimes(2);
    expect(published.at(-1)?.state).toBe("measured");
    await vi.advanceTimersByTimeAsync(60_000);
    expect(measure).toHaveBeenCalledTimes(2);
  });

  it("an engine that goes away during a df keeps saying so, and is measured again when back", async () => {
    const { feed, measure, health } = setup();
    let release!: () => void;
    measure.mockImplementationOnce(() => new Promise((r) => (release = () => r(figures(1)))));
    feed.watch("a");
    await vi.advanceTimersByTimeAsync(0);
    health.set({ reachable: false, message: "gone" });
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(feed.current?.state).toBe("unavailable");
    health.set({ reachable: true });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(measure).toHaveBeenCalledTimes(2);
    expect(measured(feed.current)?.reclaimableBytes).toBe(100);
  });

  it("a failed df is reported with the engine's words and retried on the next event", async () => {
    const { feed, measure } = setup();
    measure.mockRejectedValueOnce(Object.assign(new Error("a disk usage operation is already running"), { statusCode: 500 }));
    feed.watch("a");
    await vi.advanceTimersByTimeAsync(0);
    expect(feed.current).toMatchObject({ state: "unavailable" });
    expect(feed.current?.state === "unavailable" && feed.current.message).toMatch(/^Disk use unknown: .*already running/);
    feed.noteEvent(ev("container", "destroy"));
    await vi.advanceTimersByTimeAsync(10_000);
    expect(measure).toHaveBeenCalledTimes(2);
    expect(feed.current?.state).toBe("measured");
  });
});
