import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { TerminalEnd } from "@/lib/server/engine/exec";
import { containerId, fakeListEngine, fakeLiveServer, fakeLiveSocket } from "@/tests/fake-live-socket";

// The engine's exec streams are faked: one entry per opened session, closed by the channel or ended by the test.
interface FakeSession {
  ref: string;
  written: string[];
  closed: boolean;
  end: (e: TerminalEnd) => void;
}
const sessions: FakeSession[] = [];
const fakeStream = (ref: string) => {
  let end!: (e: TerminalEnd) => void;
  const ended = new Promise<TerminalEnd>((r) => (end = r));
  const s: FakeSession = { ref, written: [], closed: false, end };
  sessions.push(s);
  return {
    tty: true,
    output: new PassThrough(),
    ended,
    write: (d: string) => void s.written.push(d),
    resize: async () => {},
    pause() {},
    resume() {},
    close: async () => {
      s.closed = true;
      end({ reason: "Disconnected" });
    },
  };
};
vi.mock("@/lib/server/engine/exec", () => ({
  openExec: vi.fn(async (_e: unknown, ref: string) => fakeStream(ref)),
  openAttach: vi.fn(async (_e: unknown, ref: string) => fakeStream(ref)),
}));

const { execChannel } = await import("./exec-channel");
const { LIVE_LIMITS } = await import("./limits");

type Answer = { ok: boolean; code?: string; message?: string; tty?: boolean };

function setup(containers = 2) {
  const server = fakeLiveServer();
  const { engine, calls } = fakeListEngine(containers);
  const connect = () => {
    const s = server.add(fakeLiveSocket());
    execChannel(server.io, s.socket, engine);
    const ask = (event: string, payload: unknown) => new Promise<Answer>((r) => void s.send(event, payload, r));
    const openSession = (sessionId: string, container = "c0") => ask("exec:open", { sessionId, container, mode: "exec", cmd: ["sh"], cols: 80, rows: 24 });
    return Object.assign(s, { ask, openSession });
  };
  return { connect, calls };
}

const openNow = () => sessions.filter((s) => !s.closed).length;

describe("execChannel", () => {
  beforeEach(() => void (sessions.length = 0));
  afterEach(() => vi.clearAllMocks());

  it("opens a session on the resolved container and passes input through", async () => {
    const a = setup().connect();
    expect(await a.openSession("s1", "c1")).toEqual({ ok: true, tty: true });
    expect(sessions[0]!.ref).toBe(containerId(1));
    expect(await a.ask("exec:input", { sessionId: "s1", data: "ls\r" })).toEqual({ ok: true });
    expect(sessions[0]!.written).toEqual(["ls\r"]);
    expect(await a.ask("exec:close", { sessionId: "s1" })).toEqual({ ok: true });
    expect(sessions[0]!.closed).toBe(true);
  });

  it("answers an unknown container without opening anything, and bad payloads with their field", async () => {
    const { connect, calls } = setup();
    const a = connect();
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => a.openSession(`s${i}`, `nope${i}`)));
    expect(answers.map((x) => x.code)).toEqual(Array(8).fill("not_found"));
    expect(calls.list).toBeLessThanOrEqual(2);
    expect(sessions).toHaveLength(0);
    expect(await a.ask("exec:open", { sessionId: "x", container: "c0", mode: "exec", cmd: [], cols: 80, rows: 24 })).toMatchObject({
      ok: false,
      code: "invalid_request",
      message: expect.stringContaining("cmd"),
    });
    // Sent without an ack: exec:error names the event.
    await a.send("exec:input", { sessionId: "nope", data: "x" });
    expect(a.sent.at(-1)).toEqual({ event: "exec:error", payload: { event: "exec:input", code: "not_found", message: expect.any(String) } });
    await a.send("exec:resize", { sessionId: "s", cols: -1, rows: 1e9 });
    expect(a.sent.at(-1)).toMatchObject({ event: "exec:error", payload: { event: "exec:resize", code: "invalid_request" } });
  });

  it("caps sessions per socket and gives a slot back when one ends", async () => {
    const { perSocket } = LIVE_LIMITS.exec;
    const a = setup().connect();
    for (let i = 0; i < perSocket; i++) expect(await a.openSession(`s${i}`)).toMatchObject({ ok: true });
    expect(await a.openSession("late")).toEqual({ ok: false, code: "too_many", message: expect.stringContaining(`at most ${perSocket} terminal sessions per connection`) });
    sessions[0]!.end({ reason: "Exited with code 0", exitCode: 0 });
    await new Promise((r) => setTimeout(r, 0));
    expect(a.sent).toContainEqual({ event: "exec:exit", payload: { sessionId: "s0", reason: "Exited with code 0", exitCode: 0 } });
    expect(await a.openSession("late")).toMatchObject({ ok: true });
  });

  it("caps the sessions of all sockets together; a disconnect gives its sessions back", async () => {
    const { perSocket, perServer } = LIVE_LIMITS.exec;
    expect(perSocket * 4).toBeLessThanOrEqual(perServer);
    const { connect } = setup();
    const sockets = Array.from({ length: perServer / perSocket }, connect);
    for (const s of sockets) for (let i = 0; i < perSocket; i++) await s.openSession(`s${i}`);
    expect(openNow()).toBe(perServer);
    const late = connect();
    expect(await late.openSession("s0")).toEqual({
      ok: false,
      code: "too_many",
      message: expect.stringContaining(`limit of ${perServer} terminal sessions for all connections together`),
    });
    sockets[0]!.disconnect();
    await new Promise((r) => setTimeout(r, 0));
    expect(openNow()).toBe(perServer - perSocket);
    expect(await late.openSession("s0")).toMatchObject({ ok: true });
  });
});
