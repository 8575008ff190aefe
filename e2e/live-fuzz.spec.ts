import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import type { Socket } from "socket.io-client";
import { baseURL } from "../playwright.config";
import { dockerCli, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { liveSocket, rssMiB } from "./support/server-process";
import { listenerPid, settledEngineConnections } from "./support/stats";
import { runningExecs } from "./support/terminal";
import { berthFetch } from "./support/berth-server";

// Every socket event the server registers, read from the code (not a list kept by hand), sent malformed payloads of
// every kind: the server must answer each one that has an ack within a few seconds, drop the others without harm,
// cut off only the connection that sent something too big or unparseable, leave nothing on the engine and give the
// memory back.

const port = Number(new URL(baseURL).port);
const LIVE_DIR = path.resolve(__dirname, "../lib/server/live");
// Events socket.io keeps for itself: a client cannot send them.
const RESERVED = new Set(["connect", "connect_error", "disconnect", "disconnecting", "newListener", "removeListener"]);
const ANSWER_MS = 5000;

/** `socket.on("…"` and the channels' `listen(socket, "…"` in lib/server/live, tests left out. */
function registeredEvents(): string[] {
  const events = new Set<string>();
  for (const file of readdirSync(LIVE_DIR)) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    const src = readFileSync(path.join(LIVE_DIR, file), "utf8");
    for (const m of src.matchAll(/(?:\bsocket\.on|\blisten)\(\s*(?:socket\s*,\s*)?["'`]([^"'`]+)["'`]/g)) events.add(m[1]!);
  }
  return [...events].filter((e) => !RESERVED.has(e)).sort();
}

// Every field name a live payload has, so a malformed value reaches each field's check, not just the top level.
const FIELDS = ["container", "subId", "sessionId", "mode", "cmd", "cols", "rows", "data", "chars", "tail", "since", "until", "timestamps", "user", "workdir"];
const everyField = (value: unknown) => Object.fromEntries(FIELDS.map((f) => [f, value]));

function nested(depth: number): unknown {
  let v: unknown = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/**
 * A valid payload of the event where Berth's channels have one (on the running container `real`), so that a case
 * breaking one field of it reaches that field's own check; an event without a known shape gets `{}`.
 */
function validPayload(event: string, real: string): Record<string, unknown> {
  const session = { sessionId: "f1" };
  const shapes: Record<string, Record<string, unknown>> = {
    "stats:watch": { container: real },
    "stats:unwatch": { container: real },
    "logs:subscribe": { subId: "f1", container: real, tail: 0 },
    "logs:unsubscribe": { subId: "f1" },
    "exec:open": { ...session, container: real, mode: "exec", cmd: ["sh"], cols: 80, rows: 24 },
    "exec:input": { ...session, data: "x" },
    "exec:resize": { ...session, cols: 80, rows: 24 },
    "exec:ack": { ...session, chars: 1 },
    "exec:close": session,
  };
  return shapes[event] ?? {};
}

/** Malformed payloads by kind: whole payloads of every wrong kind, then each field of a valid one broken each way. */
function payloads(event: string, real: string): [string, unknown][] {
  const long = "x".repeat(10_000);
  const proto = () => JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');
  const bad: [string, unknown][] = [
    ["10,000 chars", long],
    ["empty string", ""],
    ["NUL", "a\0b"],
    ["unicode", "😀 ünï \u202e\uffff\ud800"],
    ["negative", -1],
    ["huge", Number.MAX_VALUE],
    ["wrong type", [{ x: 1 }]],
    ["null", null],
    ["__proto__ keys", proto()],
    ["binary", Buffer.alloc(1024, 7)],
  ];
  const valid = validPayload(event, real);
  return [
    ["null", null],
    ["wrong type: number", 42],
    ["wrong type: string", "a string"],
    ["wrong type: boolean", true],
    ["wrong type: array", [1, "2", { three: 3 }]],
    ["empty object", {}],
    ["10,000 chars", long],
    ["NUL", "\0"],
    ["unicode", "😀 ünï \u202e\u0000\uffff"],
    ["negative", -1],
    ["huge number", 1e308],
    ["__proto__ keys", { ...proto(), ...valid }],
    ["__proto__ keys only", proto()],
    ["deep nesting", nested(1000)],
    ["100 KB binary", Buffer.alloc(100 * 1024, 7)],
    ["every field NUL", everyField("a\0b")],
    ["every field negative", everyField(-1)],
    ["every field huge", everyField(Number.MAX_VALUE)],
    ["an unknown field", { ...valid, extra: "field" }],
    // One field at a time (all of them 10,000 chars at once would pass the 128 KiB message limit, tested below).
    ...Object.keys(valid).flatMap((field) => bad.map(([kind, value]): [string, unknown] => [`${field}: ${kind}`, { ...valid, [field]: value }])),
  ];
}

/** Sends `payload` with an ack and resolves with what came back, or `"no answer"` after ANSWER_MS. */
function ask(socket: Socket, event: string, payload: unknown | typeof MISSING): Promise<unknown> {
  const s = socket.timeout(ANSWER_MS);
  const sent = payload === MISSING ? s.emitWithAck(event) : s.emitWithAck(event, payload);
  return sent.catch(() => "no answer");
}
const MISSING = Symbol("missing");

async function stillServed(socket: Socket) {
  expect(socket.connected).toBe(true);
  expect(await ask(socket, "disk:unwatch", MISSING)).toEqual({ ok: true });
}

/** A socket the server cuts off for what it sent: it must say so within ANSWER_MS and not answer. */
async function expectCutOff(send: (socket: Socket) => Promise<unknown> | void) {
  const socket = await liveSocket(baseURL);
  try {
    const gone = new Promise<string>((resolve) => socket.once("disconnect", resolve));
    const answer = send(socket);
    const reason = await Promise.race([gone, new Promise<string>((r) => setTimeout(() => r("still connected"), ANSWER_MS))]);
    expect(["transport close", "transport error", "parse error"]).toContain(reason);
    if (answer) expect(await answer).toBe("no answer");
  } finally {
    socket.close();
  }
}

test.describe("live channels under malformed input", { tag: "@alone" }, () => {
  test.describe.configure({ timeout: 240_000 });

  test("every registered socket event survives every kind of malformed payload", async () => {
    const events = registeredEvents();
    // The scan must find the channels' events; a broken scan would make this test pass on nothing.
    for (const e of ["stats:watch", "stats:unwatch", "logs:subscribe", "logs:unsubscribe", "exec:open", "exec:input", "exec:resize", "exec:ack", "exec:close", "disk:watch", "disk:unwatch"]) {
      expect(events).toContain(e);
    }
    const name = uniqueName("fuzz");
    runSleeper(name);
    const pid = listenerPid(port);
    const containersBefore = dockerCli("ps", "-aq").split("\n").sort();
    try {
      const baseline = await settledEngineConnections(pid);
      const rss0 = rssMiB(pid);
      const unanswered: string[] = [];
      let sent = 0;

      for (const event of events) {
        const cases = payloads(event, name);
        sent += cases.length + 1;
        // A socket per 50 cases (150 messages): each stays inside the rate limit's burst.
        for (let from = 0; from < cases.length; from += 50) {
          const socket = await liveSocket(baseURL);
          let sending = "missing payload";
          socket.once("disconnect", (reason) => reason !== "io client disconnect" && console.log(`${event}: disconnected (${reason}) at ${sending}`));
          try {
            if (from === 0 && (await ask(socket, event, MISSING)) === "no answer") unanswered.push(`${event} (missing payload)`);
            for (const [kind, payload] of cases.slice(from, from + 50)) {
              sending = kind;
              const answer = await ask(socket, event, payload);
              if (answer === "no answer") unanswered.push(`${event} (${kind})`);
              else expect(answer, `${event} (${kind})`).toMatchObject({ ok: expect.any(Boolean) });
              // The same without an ack, and with an "ack" that is not a function: dropped or answered by an event.
              socket.emit(event, payload);
              socket.emit(event, payload, "not a function");
            }
            await stillServed(socket);
          } finally {
            // Whatever an ok answer opened (a watch, a view, a shell) ends with the socket.
            socket.close();
          }
        }
      }
      expect(unanswered, "events with an ack that got no answer").toEqual([]);

      // Events no channel registers, an `error` event included, are counted and dropped.
      const other = await liveSocket(baseURL);
      try {
        other.emit("error", { message: "boom" });
        other.emit("no:such:event", "x".repeat(10_000));
        expect(await ask(other, "no:such:event", {})).toBe("no answer");
        await stillServed(other);
      } finally {
        other.close();
      }

      // Too big for one message (socket.io's maxHttpBufferSize, set to 128 KiB): the connection is closed unread.
      await expectCutOff((s) => ask(s, "exec:input", Buffer.alloc(2 * 1024 * 1024, 1)));
      await expectCutOff((s) => ask(s, "stats:watch", { container: "x".repeat(1024 * 1024) }));
      // Not socket.io at all: an event packet whose JSON does not parse.
      await expectCutOff((s) => void (s.io.engine as unknown as { send: (d: string) => void }).send('2["stats:watch",{"container":'));

      const health = await berthFetch(baseURL, "/api/health");
      expect(health.status).toBe(200);
      expect(listenerPid(port)).toBe(pid);
      // Nothing left on the engine: no stream, no shell, no container.
      expect(await settledEngineConnections(pid)).toBe(baseline);
      expect(await runningExecs(name)).toEqual([]);
      expect(dockerCli("ps", "-aq").split("\n").sort()).toEqual(containersBefore);
      // The memory is given back (V8 collects at its own pace: give it a few seconds).
      await expect.poll(() => rssMiB(pid) - rss0, { timeout: 30_000, intervals: [1000] }).toBeLessThan(20);
      console.log(`fuzzed ${events.length} events with ${sent} payloads, each 3 ways; RSS ${rss0.toFixed(0)} → ${rssMiB(pid).toFixed(0)} MiB`);
    } finally {
      removeQuietly(name);
    }
  });
});
