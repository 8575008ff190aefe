import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { containerId, fakeListEngine, fakeLiveServer, fakeLiveSocket } from "@/tests/fake-live-socket";

// The engine's stats streams are faked (one entry per open stream); refs resolve against a fake container list.
const streams: { id: string; signal: AbortSignal }[] = [];
vi.mock("@/lib/server/engine/stats", () => ({
  followStats: vi.fn(
    (_engine: unknown, id: string, _onSample: unknown, signal: AbortSignal) =>
      new Promise<void>((resolve) => {
        streams.push({ id, signal });
        signal.addEventListener("abort", () => resolve());
      }),
  ),
}));

const { statsChannel } = await import("./stats-channel");
const { LIVE_LIMITS } = await import("./limits");
const { STATS_GRACE_MS } = await import("./stats-hub");

type Answer = { ok: boolean; id?: string; code?: string; message?: string };

function setup(containers: number) {
  const server = fakeLiveServer();
  const { engine, calls } = fakeListEngine(containers);
  const connect = () => {
    const s = server.add(fakeLiveSocket());
    statsChannel(server.io, s.socket, engine);
    const ask = (event: string, payload: unknown) => new Promise<Answer>((r) => void s.send(event, payload, r));
    return Object.assign(s, { ask });
  };
  return { connect, calls };
}

const open = () => streams.filter((s) => !s.signal.aborted).length;

describe("statsChannel", () => {
  beforeEach(() => {
    streams.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it("resolves ids, prefixes and names against the container list and opens one stream per container", async () => {
    const { connect } = setup(3);
    const a = connect();
    expect(await a.ask("stats:watch", { container: "c1" })).toEqual({ ok: true, id: containerId(1) });
    expect(await a.ask("stats:watch", { container: containerId(1).slice(0, 12) })).toEqual({ ok: true, id: containerId(1) });
    expect(await a.ask("stats:watch", { container: containerId(2) })).toEqual({ ok: true, id: containerId(2) });
    const b = connect();
    expect(await b.ask("stats:watch", { container: "/c1" })).toEqual({ ok: true, id: containerId(1) });
    expect(open()).toBe(2);
    expect(await a.ask("stats:unwatch", { container: "c1" })).toEqual({ ok: true });
    b.disconnect();
    await vi.advanceTimersByTimeAsync(STATS_GRACE_MS + 10);
    expect(streams.filter((s) => !s.signal.aborted).map((s) => s.id)).toEqual([containerId(2)]);
  });

  it("answers 10,000 unknown ids from one shared list, with no stream and no inspect", async () => {
    const { connect, calls } = setup(3);
    const a = connect();
    const answers = await Promise.all(Array.from({ length: 10_000 }, (_, i) => a.ask("stats:watch", { container: `bogus-${i}` })));
    const codes = new Map<string, number>();
    for (const x of answers) codes.set(x.code!, (codes.get(x.code!) ?? 0) + 1);
    // While a burst resolves, its refs count against the socket's limit: the rest are refused at once.
    expect(Object.fromEntries(codes)).toEqual({ not_found: LIVE_LIMITS.stats.perSocket, too_many: 10_000 - LIVE_LIMITS.stats.perSocket });
    expect(answers[0]).toEqual({ ok: false, code: "not_found", message: "No such container: bogus-0" });
    expect(answers.at(-1)!.message).toMatch(/at most 128 containers with live stats per connection/);
    expect(calls.list).toBeLessThanOrEqual(2);
    expect(streams).toHaveLength(0);
    // Refused refs hold nothing: the socket can watch a real one at once.
    expect(await a.ask("stats:watch", { container: "c0" })).toMatchObject({ ok: true });
  });

  it("refuses a bad payload, and without an ack says so with stats:error", async () => {
    const { connect } = setup(1);
    const a = connect();
    expect(await a.ask("stats:watch", "c0")).toMatchObject({ ok: false, code: "invalid_request" });
    expect(await a.ask("stats:watch", { container: "x".repeat(10_000) })).toMatchObject({ ok: false, code: "invalid_request" });
    await a.send("stats:watch", { container: "nope" });
    expect(a.sent.at(-1)).toEqual({ event: "stats:error", payload: { ref: "nope", code: "not_found", message: "No such container: nope" } });
    expect(streams).toHaveLength(0);
  });

  it("caps the containers one socket watches", async () => {
    const { perSocket } = LIVE_LIMITS.stats;
    const { connect } = setup(perSocket + 1);
    const a = connect();
    for (let i = 0; i < perSocket; i++) expect(await a.ask("stats:watch", { container: `c${i}` })).toMatchObject({ ok: true });
    expect(await a.ask("stats:watch", { container: `c${perSocket}` })).toEqual({
      ok: false,
      code: "too_many",
      message: `at most ${perSocket} containers with live stats per connection; unwatch some first`,
    });
    // Watching one it already watches is no new watch.
    expect(await a.ask("stats:watch", { container: "c0" })).toMatchObject({ ok: true });
    await a.ask("stats:unwatch", { container: "c0" });
    expect(await a.ask("stats:watch", { container: `c${perSocket}` })).toMatchObject({ ok: true });
  });

  it("caps the server's streams fairly: a full server still shares open streams, and unwatched ones make room", async () => {
    const { perSocket, perServer } = LIVE_LIMITS.stats;
    expect(perSocket * 4).toBeLessThanOrEqual(perServer);
    const { connect } = setup(perServer + 1);
    const sockets = Array.from({ length: perServer / perSocket }, connect);
    for (const [n, s] of sockets.entries()) {
      for (let i = 0; i < perSocket; i++) await s.ask("stats:watch", { container: `c${n * perSocket + i}` });
    }
    expect(open()).toBe(perServer);
    const late = connect();
    expect(await late.ask("stats:watch", { container: `c${perServer}` })).toEqual({
      ok: false,
      code: "too_many",
      message: expect.stringContaining(`limit of ${perServer} containers with live stats for all connections together`),
    });
    // A container already streamed costs no new stream.
    expect(await late.ask("stats:watch", { container: "c0" })).toMatchObject({ ok: true });
    // One that nobody watches any more, still in its grace period, is closed to make room.
    await sockets[1]!.ask("stats:unwatch", { container: `c${perSocket}` });
    expect(await late.ask("stats:watch", { container: `c${perServer}` })).toMatchObject({ ok: true });
    expect(open()).toBe(perServer);
  });

  it("an unwatch while the ref resolves leaves nothing behind", async () => {
    const { connect } = setup(1);
    const a = connect();
    const watching = a.ask("stats:watch", { container: "c0" });
    await a.ask("stats:unwatch", { container: "c0" });
    expect(await watching).toMatchObject({ ok: false, code: "aborted" });
    await vi.advanceTimersByTimeAsync(STATS_GRACE_MS + 10);
    expect(open()).toBe(0);
  });
});
