import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LogLine } from "@/lib/shared/types/logs";
import { containerId, fakeListEngine, fakeLiveServer, fakeLiveSocket } from "@/tests/fake-live-socket";

// The engine's log streams are faked; refs resolve against a fake container list: these tests are about batching,
// dropping, closing and the limits.
const opened: { ref: string; onLines: (lines: LogLine[]) => void; signal: AbortSignal; end: () => void }[] = [];
vi.mock("@/lib/server/engine/logs", () => ({
  streamContainerLogs: vi.fn(async (_engine: unknown, ref: string, opts: { signal: AbortSignal }, onLines: (l: LogLine[]) => void) => {
    let end!: () => void;
    const done = new Promise<void>((r) => (end = r));
    opened.push({ ref, onLines, signal: opts.signal, end });
    return { container: { id: ref, name: "web", tty: false, running: true }, pause() {}, resume() {}, done };
  }),
}));

const { logsChannel } = await import("./logs-channel");
const { LIVE_LIMITS } = await import("./limits");

function setup(containers = 3) {
  const server = fakeLiveServer();
  const { engine, calls } = fakeListEngine(containers);
  const connect = () => {
    const s = server.add(fakeLiveSocket());
    logsChannel(server.io, s.socket, engine);
    return s;
  };
  return { connect, calls };
}

function fakeSocket() {
  const s = setup().connect();
  return { socket: s, sent: s.sent, trigger: s.send };
}

const line = (i: number): LogLine => ({ stream: "stdout", text: `line ${i}` });
const live = () => opened.filter((o) => !o.signal.aborted).length;

describe("logsChannel", () => {
  beforeEach(() => {
    opened.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it("answers a bad payload with a refusal, never throws", async () => {
    const { trigger, sent } = fakeSocket();
    const ack = vi.fn();
    await trigger("logs:subscribe", { subId: "a", container: "../etc" }, ack);
    expect(ack).toHaveBeenCalledWith(expect.objectContaining({ ok: false, code: "invalid_request" }));
    // Without an ack the refusal comes as logs:error.
    await trigger("logs:subscribe", { subId: "b", container: 42 });
    expect(sent.at(-1)).toEqual({ event: "logs:error", payload: expect.objectContaining({ subId: "b", code: "invalid_request" }) });
    expect(opened).toHaveLength(0);
  });

  it("batches lines: one message per 50 ms, at most 500 lines each", async () => {
    const { sent, trigger } = fakeSocket();
    const ack = vi.fn();
    await trigger("logs:subscribe", { subId: "a", container: "c0" }, ack);
    expect(ack).toHaveBeenCalledWith(expect.objectContaining({ ok: true }));
    expect(opened[0]!.ref).toBe(containerId(0)); // the resolved id, not the name
    opened[0]!.onLines([line(1), line(2)]);
    opened[0]!.onLines([line(3)]);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(50);
    expect(sent).toEqual([{ event: "logs:lines", payload: { subId: "a", lines: [line(1), line(2), line(3)] } }]);
    opened[0]!.onLines(Array.from({ length: 1200 }, (_, i) => line(i)));
    vi.advanceTimersByTime(0);
    expect(sent.slice(1).map((m) => (m.payload.lines as unknown[]).length)).toEqual([500, 500, 200]);
  });

  it("drops and counts lines while the socket is congested, then tells where the gap is", async () => {
    const { socket, sent, trigger } = fakeSocket();
    await trigger("logs:subscribe", { subId: "a", container: "c0" }, () => {});
    socket.conn.writeBuffer = new Array(50);
    opened[0]!.onLines(Array.from({ length: 6000 }, (_, i) => line(i)));
    vi.advanceTimersByTime(200);
    expect(sent).toHaveLength(0); // held, bounded at 5000
    socket.conn.writeBuffer = [];
    vi.advanceTimersByTime(200); // the held 5000 go out
    opened[0]!.onLines([line(99999)]);
    vi.advanceTimersByTime(200);
    const lines = sent.filter((m) => m.event === "logs:lines").flatMap((m) => m.payload.lines as LogLine[]);
    expect(lines).toHaveLength(5001);
    const skipped = sent.findIndex((m) => m.event === "logs:skipped");
    expect(sent[skipped]!.payload).toEqual({ subId: "a", count: 1000 });
    expect((sent[skipped + 1]!.payload.lines as LogLine[])[0]).toEqual(line(99999));
  });

  it("closes the engine stream on unsubscribe and on disconnect, and reports the end", async () => {
    const { socket, sent, trigger } = fakeSocket();
    await trigger("logs:subscribe", { subId: "a", container: "c0" }, () => {});
    await trigger("logs:subscribe", { subId: "b", container: "c1" }, () => {});
    await trigger("logs:unsubscribe", { subId: "a" });
    expect(opened[0]!.signal.aborted).toBe(true);
    expect(opened[1]!.signal.aborted).toBe(false);
    opened[1]!.end();
    await vi.advanceTimersByTimeAsync(60);
    expect(sent.at(-1)).toEqual({ event: "logs:end", payload: { subId: "b", reason: "ended" } });
    await trigger("logs:subscribe", { subId: "c", container: "c2" }, () => {});
    socket.disconnect();
    expect(opened[2]!.signal.aborted).toBe(true);
  });

  it("answers unknown containers from one shared list, opening no stream", async () => {
    const { connect, calls } = setup();
    const s = connect();
    const acks = await Promise.all(
      Array.from({ length: 200 }, (_, i) => new Promise((resolve) => void s.send("logs:subscribe", { subId: `x${i}`, container: `nope${i}` }, resolve))),
    );
    // The first 4 hold the socket's views while they resolve; the rest are over that limit meanwhile.
    const codes = acks.map((a) => (a as { code: string }).code);
    expect(codes.slice(0, 4)).toEqual(["not_found", "not_found", "not_found", "not_found"]);
    expect(new Set(codes.slice(4))).toEqual(new Set(["too_many"]));
    expect(acks[0]).toEqual({ ok: false, code: "not_found", message: "No such container: nope0" });
    expect(opened).toHaveLength(0);
    expect(calls.list).toBeLessThanOrEqual(2);
  });

  it("holds at most 4 views per socket, and a closed one makes room", async () => {
    const s = setup().connect();
    const ask = (subId: string, container = "c0") => new Promise<{ ok: boolean; code?: string; message?: string }>((r) => void s.send("logs:subscribe", { subId, container }, r));
    for (const id of ["a", "b", "c", "d"]) expect(await ask(id)).toMatchObject({ ok: true });
    expect(await ask("e")).toEqual({ ok: false, code: "too_many", message: "at most 4 log views per connection; close one first" });
    // Resubscribing an existing view replaces it rather than counting twice.
    expect(await ask("d", "c1")).toMatchObject({ ok: true });
    await s.send("logs:unsubscribe", { subId: "a" });
    expect(await ask("e")).toMatchObject({ ok: true });
    expect(live()).toBe(4);
  });

  it("caps the engine log streams of all sockets together, and gives them back on disconnect", async () => {
    const { connect } = setup();
    const { streamsPerServer, viewsPerSocket } = LIVE_LIMITS.logs;
    const sockets = Array.from({ length: streamsPerServer / viewsPerSocket }, connect);
    for (const s of sockets) for (let v = 0; v < viewsPerSocket; v++) await s.send("logs:subscribe", { subId: `v${v}`, container: "c0" }, () => {});
    expect(live()).toBe(streamsPerServer);
    const late = connect();
    const ack = vi.fn();
    await late.send("logs:subscribe", { subId: "a", container: "c0" }, ack);
    expect(ack).toHaveBeenCalledWith({ ok: false, code: "too_many", message: expect.stringContaining(`limit of ${streamsPerServer} engine log streams`) });
    sockets[0]!.disconnect();
    await late.send("logs:subscribe", { subId: "a", container: "c0" }, ack);
    expect(ack).toHaveBeenLastCalledWith(expect.objectContaining({ ok: true }));
    expect(live()).toBe(streamsPerServer - viewsPerSocket + 1);
  });

  it("keeps room for merged views: a socket may hold more streams than views", () => {
    const { viewsPerSocket, streamsPerSocket, streamsPerServer } = LIVE_LIMITS.logs;
    expect(streamsPerSocket).toBeGreaterThanOrEqual(viewsPerSocket * 8);
    expect(streamsPerSocket * 4).toBeLessThanOrEqual(streamsPerServer);
  });
});
