import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Server, Socket } from "socket.io";
import type { Engine } from "@/lib/server/engine/engine";
import type { LogLine } from "@/lib/shared/types/logs";

// The engine side is faked: these tests are about batching, dropping and closing.
const opened: { onLines: (lines: LogLine[]) => void; signal: AbortSignal; end: () => void }[] = [];
vi.mock("@/lib/server/engine/logs", () => ({
  streamContainerLogs: vi.fn(async (_engine: unknown, _ref: string, opts: { signal: AbortSignal }, onLines: (l: LogLine[]) => void) => {
    let end!: () => void;
    const done = new Promise<void>((r) => (end = r));
    opened.push({ onLines, signal: opts.signal, end });
    return { container: { id: "c1", name: "web", tty: false, running: true }, pause() {}, resume() {}, done };
  }),
}));

const { logsChannel } = await import("./logs-channel");

function fakeSocket() {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  const sent: { event: string; payload: Record<string, unknown> }[] = [];
  const socket = {
    conn: { writeBuffer: [] as unknown[] },
    on: (event: string, fn: (...args: unknown[]) => unknown) => handlers.set(event, fn),
    emit: (event: string, payload: Record<string, unknown>) => sent.push({ event, payload }),
  };
  const trigger = (event: string, ...args: unknown[]) => handlers.get(event)!(...args);
  logsChannel({} as Server, socket as unknown as Socket, {} as Engine);
  return { socket, sent, trigger };
}

const line = (i: number): LogLine => ({ stream: "stdout", text: `line ${i}` });

describe("logsChannel", () => {
  beforeEach(() => {
    opened.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it("answers a bad payload with a refusal, never throws", async () => {
    const { trigger } = fakeSocket();
    const ack = vi.fn();
    await trigger("logs:subscribe", { subId: "a", container: "../etc" }, ack);
    expect(ack).toHaveBeenCalledWith(expect.objectContaining({ ok: false, code: "invalid_request" }));
    expect(opened).toHaveLength(0);
  });

  it("batches lines: one message per 50 ms, at most 500 lines each", async () => {
    const { sent, trigger } = fakeSocket();
    const ack = vi.fn();
    await trigger("logs:subscribe", { subId: "a", container: "web" }, ack);
    expect(ack).toHaveBeenCalledWith(expect.objectContaining({ ok: true }));
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
    await trigger("logs:subscribe", { subId: "a", container: "web" }, () => {});
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
    const { sent, trigger } = fakeSocket();
    await trigger("logs:subscribe", { subId: "a", container: "web" }, () => {});
    await trigger("logs:subscribe", { subId: "b", container: "web" }, () => {});
    trigger("logs:unsubscribe", { subId: "a" });
    expect(opened[0]!.signal.aborted).toBe(true);
    expect(opened[1]!.signal.aborted).toBe(false);
    opened[1]!.end();
    await vi.advanceTimersByTimeAsync(60);
    expect(sent.at(-1)).toEqual({ event: "logs:end", payload: { subId: "b", reason: "ended" } });
    await trigger("logs:subscribe", { subId: "c", container: "web" }, () => {});
    trigger("disconnect");
    expect(opened[2]!.signal.aborted).toBe(true);
  });
});
