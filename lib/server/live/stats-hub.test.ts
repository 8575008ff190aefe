import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { StatsSample } from "@/lib/shared/types/stats";
import { containerId, fakeListEngine, fakeLiveServer, fakeLiveSocket } from "@/tests/fake-live-socket";

// The engine's stats streams are faked: a test pushes readings into a container's stream by hand.
const feeds = new Map<string, (sample: StatsSample | null) => void>();
vi.mock("@/lib/server/engine/stats", () => ({
  followStats: vi.fn(
    (_engine: unknown, id: string, onSample: (s: StatsSample | null) => void, signal: AbortSignal) =>
      new Promise<void>((resolve) => {
        feeds.set(id, onSample);
        signal.addEventListener("abort", () => resolve());
      }),
  ),
}));

const { StatsHub, STATS_TICK_MS, statsRoom } = await import("./stats-hub");

const sample = (n: number): StatsSample => ({
  read: new Date(n * 1000).toISOString(),
  cpuPercent: n,
  memUsage: 0,
  memLimit: 0,
  memPercent: 0,
  netRx: 0,
  netTx: 0,
  blockRead: 0,
  blockWrite: 0,
  pids: 1,
});

describe("StatsHub", () => {
  beforeEach(() => {
    feeds.clear();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it("sends a tick's readings of all containers as one message per group of sockets watching the same ones", async () => {
    const server = fakeLiveServer();
    const { engine } = fakeListEngine(3);
    const hub = new StatsHub(server.io, engine);
    const [a, b, c] = [fakeLiveSocket(), fakeLiveSocket(), fakeLiveSocket()].map((s) => server.add(s));
    const [c0, c1, c2] = [0, 1, 2].map(containerId);
    for (const s of [a!, b!]) for (const id of [c0!, c1!]) await hub.watch(s.socket, { id: id!, state: "running" });
    await hub.watch(c!.socket, { id: c1!, state: "running" });
    await hub.watch(c!.socket, { id: c2!, state: "running" });
    feeds.get(c0!)!(sample(1));
    feeds.get(c1!)!(sample(1));
    feeds.get(c1!)!(sample(2)); // a newer reading in the same tick replaces the older one
    feeds.get(c2!)!(sample(1));
    expect(server.roomEmits).toEqual([]);
    await vi.advanceTimersByTimeAsync(STATS_TICK_MS);
    const byRoom = Object.fromEntries(server.roomEmits.map((e) => [e.room, e.payload]));
    expect(server.roomEmits.every((e) => e.event === "stats:samples")).toBe(true);
    expect(byRoom).toEqual({
      [`${a!.id},${b!.id}`]: { samples: [{ id: c0, sample: sample(1) }, { id: c1, sample: sample(2) }] },
      [c!.id]: { samples: [{ id: c1, sample: sample(2) }, { id: c2, sample: sample(1) }] },
    });
  });

  it("skips a socket with a backlog, and drops a waiting reading when the container stops", async () => {
    const server = fakeLiveServer();
    const { engine } = fakeListEngine(1);
    const hub = new StatsHub(server.io, engine);
    const fast = server.add(fakeLiveSocket());
    const slow = server.add(fakeLiveSocket());
    const id = containerId(0);
    for (const s of [fast, slow]) await hub.watch(s.socket, { id, state: "running" });
    slow.conn.writeBuffer.length = 100;
    feeds.get(id)!(sample(1));
    await vi.advanceTimersByTimeAsync(STATS_TICK_MS);
    expect(server.roomEmits).toEqual([{ room: fast.id, event: "stats:samples", payload: { samples: [{ id, sample: sample(1) }] } }]);
    server.roomEmits.length = 0;
    feeds.get(id)!(sample(2));
    feeds.get(id)!(null);
    await vi.advanceTimersByTimeAsync(STATS_TICK_MS);
    expect(server.roomEmits).toEqual([{ room: statsRoom(id), event: "stats:end", payload: { id, reason: "not running" } }]);
  });
});
