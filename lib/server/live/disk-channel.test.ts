import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Server, Socket } from "socket.io";
import type { Engine } from "@/lib/server/engine/engine";
import { DiskSummaryFeed } from "@/lib/server/engine/disk-summary";
import { HealthState } from "@/lib/server/engine/health";
import { diskChannel, diskRoom } from "./disk-channel";

// The feed is real (with a fake measurement), socket.io is faked: these tests are about who watches and who is told.

function fakeEngine() {
  const health = new HealthState("unix:///test.sock");
  health.set({ reachable: true });
  const measure = vi.fn(async () => ({
    reclaimableBytes: 42,
    reclaimable: { containers: { count: 1, bytes: 42 }, images: { count: 0, bytes: 0 }, volumes: { count: 0, bytes: 0 }, buildCache: { count: 0, bytes: 0 } },
    disk: [],
  }));
  const engine = { id: "local", diskSummary: new DiskSummaryFeed("local", health, measure) } as unknown as Engine;
  return { engine, measure };
}

function fakeIo() {
  const roomEmits: { room: string; event: string; payload: unknown }[] = [];
  const io = { to: (room: string) => ({ emit: (event: string, payload: unknown) => roomEmits.push({ room, event, payload }) }) };
  return { io: io as unknown as Server, roomEmits };
}

function fakeSocket(id: string, io: Server, engine: Engine) {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const sent: { event: string; payload: unknown }[] = [];
  const rooms = new Set<string>();
  const socket = {
    id,
    on: (event: string, fn: (...args: unknown[]) => unknown) => handlers.set(event, fn),
    emit: (event: string, payload: unknown) => sent.push({ event, payload }),
    join: (room: string) => void rooms.add(room),
    leave: (room: string) => void rooms.delete(room),
  };
  diskChannel(io, socket as unknown as Socket, engine);
  const trigger = (event: string, ...args: unknown[]) => handlers.get(event)!(...args);
  return { sent, rooms, trigger };
}

describe("diskChannel", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("a watch joins the engine's room and starts the one measurement; the room gets it", async () => {
    const { engine, measure } = fakeEngine();
    const { io, roomEmits } = fakeIo();
    const a = fakeSocket("a", io, engine);
    const ack = vi.fn();
    a.trigger("disk:watch", ack);
    expect(ack).toHaveBeenCalledWith({ ok: true });
    expect(a.rooms.has(diskRoom(engine))).toBe(true);
    await vi.advanceTimersByTimeAsync(0);
    expect(measure).toHaveBeenCalledTimes(1);
    expect(roomEmits).toEqual([{ room: "disk:local", event: "disk:summary", payload: expect.objectContaining({ state: "measured", reclaimableBytes: 42 }) }]);

    // A second socket is handed the last summary at once, with no measurement of its own.
    const b = fakeSocket("b", io, engine);
    b.trigger("disk:watch");
    expect(b.sent).toEqual([{ event: "disk:summary", payload: expect.objectContaining({ reclaimableBytes: 42 }) }]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(measure).toHaveBeenCalledTimes(1);
  });

  it("refuses a payload, and the last socket leaving (unwatch or disconnect) ends the watching", async () => {
    const { engine } = fakeEngine();
    const { io } = fakeIo();
    const a = fakeSocket("a", io, engine);
    const b = fakeSocket("b", io, engine);
    const ack = vi.fn();
    a.trigger("disk:watch", { container: "x" }, ack);
    expect(ack).toHaveBeenCalledWith({ ok: false, code: "invalid_request", message: expect.stringContaining("disk:watch takes no payload") });
    expect(engine.diskSummary.watcherCount).toBe(0);

    a.trigger("disk:watch", {});
    b.trigger("disk:watch");
    expect(engine.diskSummary.watcherCount).toBe(2);
    a.trigger("disk:unwatch");
    expect(a.rooms.size).toBe(0);
    b.trigger("disconnect");
    expect(engine.diskSummary.watcherCount).toBe(0);
  });
});
