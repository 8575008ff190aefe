import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { LogBatch, LogLine } from "@/lib/shared/types/logs";
import { decodeLogBatch } from "@/lib/shared/logs/log-batch";
import { containerId, fakeListEngine, fakeLiveServer, fakeLiveSocket } from "@/tests/fake-live-socket";

// The engine's log streams are faked; refs resolve against a fake container list: these tests are about batching,
// dropping, closing, the limits, and one shared follow per container stitched to each view's own history.
interface Opened {
  ref: string;
  /** A follow (shared by the views of a container) or a view's history (it ends when read). */
  kind: "follow" | "history";
  onLines: (lines: LogLine[]) => void;
  signal: AbortSignal;
  end: () => void;
  fail: (err: Error) => void;
  ended: boolean;
}
const opened: Opened[] = [];
vi.mock("@/lib/server/engine/logs", () => ({
  streamContainerLogs: vi.fn(async (_engine: unknown, ref: string, opts: { signal: AbortSignal; follow: boolean }, onLines: (l: LogLine[]) => void) => {
    const o = { ref, kind: opts.follow ? "follow" : "history", onLines, signal: opts.signal, ended: false } as Opened;
    const done = new Promise<void>((resolve, reject) => {
      o.end = () => ((o.ended = true), resolve());
      o.fail = (err) => ((o.ended = true), reject(err));
    });
    // As the engine's: aborting ends the stream.
    opts.signal.addEventListener("abort", () => o.end(), { once: true });
    opened.push(o);
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
const stamped = (i: number): LogLine => ({ stream: "stdout", text: `line ${i}`, ts: `2026-12-02T10:00:${String(i).padStart(2, "0")}.5Z` });
const live = (kind: Opened["kind"]) => opened.filter((o) => o.kind === kind && !o.ended);
const nth = (kind: Opened["kind"], i: number) => opened.filter((o) => o.kind === kind)[i]!;
const batches = (sent: { event: string; payload: Record<string, unknown> }[]) =>
  sent.filter((m) => m.event === "logs:batch").map((m) => decodeLogBatch(m.payload as unknown as LogBatch));
/** Ends view i's history read, as the engine does once it has sent the tail. */
const historyRead = async (i = 0) => {
  nth("history", i).end();
  await vi.advanceTimersByTimeAsync(0);
};

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
    expect(opened.map((o) => [o.kind, o.ref])).toEqual([["follow", containerId(0)], ["history", containerId(0)]]); // the resolved id, not the name
    nth("history", 0).onLines([line(1), line(2)]);
    nth("history", 0).onLines([line(3)]);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(50);
    expect(sent.map((m) => m.event)).toEqual(["logs:batch"]);
    expect(sent[0]!.payload.subId).toBe("a");
    expect(batches(sent)).toEqual([[line(1), line(2), line(3)]]);
    await historyRead();
    nth("follow", 0).onLines(Array.from({ length: 1200 }, (_, i) => line(i)));
    vi.advanceTimersByTime(0);
    expect(batches(sent).slice(1).map((b) => b.length)).toEqual([500, 500, 200]);
  });

  it("drops and counts lines while the socket is congested, then tells where the gap is", async () => {
    const { socket, sent, trigger } = fakeSocket();
    await trigger("logs:subscribe", { subId: "a", container: "c0" }, () => {});
    await historyRead();
    socket.conn.writeBuffer = new Array(50);
    nth("follow", 0).onLines(Array.from({ length: 6000 }, (_, i) => line(i)));
    vi.advanceTimersByTime(200);
    expect(sent).toHaveLength(0); // held, bounded at 5000
    socket.conn.writeBuffer = [];
    vi.advanceTimersByTime(200); // the held 5000 go out
    nth("follow", 0).onLines([line(99999)]);
    vi.advanceTimersByTime(200);
    const lines = batches(sent).flat();
    expect(lines).toHaveLength(5001);
    const skipped = sent.findIndex((m) => m.event === "logs:skipped");
    expect(sent[skipped]!.payload).toEqual({ subId: "a", count: 1000 });
    expect(decodeLogBatch(sent[skipped + 1]!.payload as unknown as LogBatch)[0]).toEqual(line(99999));
  });

  it("closes the engine streams on unsubscribe and on disconnect, and reports the end with the follow's", async () => {
    const { socket, sent, trigger } = fakeSocket();
    await trigger("logs:subscribe", { subId: "a", container: "c0" }, () => {});
    await trigger("logs:subscribe", { subId: "b", container: "c1" }, () => {});
    await trigger("logs:unsubscribe", { subId: "a" });
    expect([nth("follow", 0).signal.aborted, nth("history", 0).signal.aborted]).toEqual([true, true]);
    expect([nth("follow", 1).signal.aborted, nth("history", 1).signal.aborted]).toEqual([false, false]);
    // The history's end is not the view's: the container is still running.
    await historyRead(1);
    await vi.advanceTimersByTimeAsync(60);
    expect(sent.filter((m) => m.event === "logs:end")).toEqual([]);
    nth("follow", 1).end();
    await vi.advanceTimersByTimeAsync(60);
    expect(sent.at(-1)).toEqual({ event: "logs:end", payload: { subId: "b", reason: "ended" } });
    await trigger("logs:subscribe", { subId: "c", container: "c2" }, () => {});
    socket.disconnect();
    expect(live("follow")).toEqual([]);
    expect(live("history")).toEqual([]);
  });

  it("shares one engine follow among every view of a container; the last to leave closes it", async () => {
    const { connect } = setup();
    const [s1, s2] = [connect(), connect()];
    await s1.send("logs:subscribe", { subId: "a", container: "c0" }, () => {});
    await s1.send("logs:subscribe", { subId: "b", container: containerId(0) }, () => {});
    await s2.send("logs:subscribe", { subId: "a", container: "c0" }, () => {});
    expect(opened.filter((o) => o.kind === "follow")).toHaveLength(1);
    expect(live("history")).toHaveLength(3);
    for (let i = 0; i < 3; i++) await historyRead(i);
    nth("follow", 0).onLines([line(1)]);
    vi.advanceTimersByTime(50);
    expect(batches(s1.sent)).toEqual([[line(1)], [line(1)]]);
    expect(batches(s2.sent)).toEqual([[line(1)]]);
    s1.disconnect();
    expect(nth("follow", 0).signal.aborted).toBe(false);
    await s2.send("logs:unsubscribe", { subId: "a" });
    expect(nth("follow", 0).signal.aborted).toBe(true);
    // A later view opens a follow of its own.
    await s2.send("logs:subscribe", { subId: "c", container: "c0" }, () => {});
    expect(live("follow")).toHaveLength(1);
  });

  it("passes the follow's lines on after the history, the lines both streams hold once", async () => {
    const { sent, trigger } = fakeSocket();
    await trigger("logs:subscribe", { subId: "a", container: "c0" }, () => {});
    // The follow was open before the history was asked for: its first lines are also the history's last.
    nth("follow", 0).onLines([stamped(3), stamped(4)]);
    nth("history", 0).onLines([stamped(1), stamped(2), stamped(3)]);
    nth("follow", 0).onLines([stamped(5)]);
    vi.advanceTimersByTime(50);
    expect(batches(sent).flat()).toEqual([stamped(1), stamped(2), stamped(3)]);
    await historyRead();
    nth("follow", 0).onLines([stamped(6)]);
    vi.advanceTimersByTime(50);
    expect(batches(sent).flat().map((l) => l.text)).toEqual(["line 1", "line 2", "line 3", "line 4", "line 5", "line 6"]);
  });

  it("a follow that ends or fails while the history is read ends the view after the history", async () => {
    const { sent, trigger } = fakeSocket();
    await trigger("logs:subscribe", { subId: "a", container: "c0" }, () => {});
    await trigger("logs:subscribe", { subId: "b", container: "c1" }, () => {});
    nth("follow", 0).end(); // a stopped container: the engine ends the follow at once
    nth("follow", 1).fail(Object.assign(new Error("connect ECONNREFUSED /run/docker.sock"), { code: "ECONNREFUSED" }));
    await vi.advanceTimersByTimeAsync(60);
    expect(sent.filter((m) => m.event === "logs:end")).toEqual([]);
    nth("history", 0).onLines([stamped(1)]);
    await historyRead(0);
    await historyRead(1);
    await vi.advanceTimersByTimeAsync(60);
    expect(batches(sent).flat()).toEqual([stamped(1)]);
    const ends = sent.filter((m) => m.event === "logs:end").map((m) => m.payload);
    expect(ends).toHaveLength(2);
    expect(ends).toContainEqual({ subId: "a", reason: "ended" });
    expect(ends).toContainEqual({ subId: "b", reason: "error", message: expect.stringMatching(/engine/i) });
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
    // b, c and e follow c0, d follows c1: four histories still being read, one follow per container.
    expect(live("history")).toHaveLength(4);
    expect(live("follow").map((o) => o.ref)).toEqual([containerId(0), containerId(1)]);
  });

  it("caps the engine log streams of all sockets together, and gives them back on disconnect", async () => {
    const { connect } = setup();
    const { streamsPerServer, viewsPerSocket } = LIVE_LIMITS.logs;
    const sockets = Array.from({ length: streamsPerServer / viewsPerSocket }, connect);
    for (const s of sockets) for (let v = 0; v < viewsPerSocket; v++) await s.send("logs:subscribe", { subId: `v${v}`, container: "c0" }, () => {});
    expect(live("history")).toHaveLength(streamsPerServer);
    const late = connect();
    const ack = vi.fn();
    await late.send("logs:subscribe", { subId: "a", container: "c0" }, ack);
    expect(ack).toHaveBeenCalledWith({ ok: false, code: "too_many", message: expect.stringContaining(`limit of ${streamsPerServer} engine log streams`) });
    sockets[0]!.disconnect();
    await late.send("logs:subscribe", { subId: "a", container: "c0" }, ack);
    expect(ack).toHaveBeenLastCalledWith(expect.objectContaining({ ok: true }));
    expect(live("history")).toHaveLength(streamsPerServer - viewsPerSocket + 1);
    expect(live("follow")).toHaveLength(1);
  });

  it("keeps room for merged views: a socket may hold more streams than views", () => {
    const { viewsPerSocket, streamsPerSocket, streamsPerServer } = LIVE_LIMITS.logs;
    expect(streamsPerSocket).toBeGreaterThanOrEqual(viewsPerSocket * 8);
    expect(streamsPerSocket * 4).toBeLessThanOrEqual(streamsPerServer);
  });
});
