import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import type { Socket } from "socket.io-client";
import { baseURL } from "../playwright.config";
import { dockerCli, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { describeMemory, memoryAfterGc } from "./support/inspector";
import { flood, liveSocket, peaksDuring, rssMiB, tally, type LiveAnswer } from "./support/server-process";
import { listenerPid, settledEngineConnections } from "./support/stats";
import { runningExecs } from "./support/terminal";

// A socket.io client is a script as much as a browser: one that asks for 10,000 streams, or churns subscriptions,
// must cost the engine a bounded number of connections and the server a bounded amount of memory, and get an
// answer (or be cut off) rather than silence. Engine connections are counted from the server's side of the
// sandbox engine's socket (ss -xp); memory from its /proc status.

const port = Number(new URL(baseURL).port);
const FLOOD = 10_000;
// Over the real streams a flood may open: a list call or two and idle keep-alive sockets from the test's setup.
const SLACK = 5;
// What the server's memory may grow by while it answers (or refuses) a flood of 10,000 (it used to grow by ~190 MB).
const RSS_GROWTH_MIB = 60;

interface Real {
  name: string;
  id: string;
}

function runReal(prefix: string, n: number): Real[] {
  return Array.from({ length: n }, () => {
    const name = uniqueName(prefix);
    return { name, id: runSleeper(name) };
  });
}

/**
 * 10,000 refs: the real containers by name, id and id prefix at the start (where the rate limit's burst lets them
 * through), one more in the middle; the rest unknown ids, prefixes and names, and a few that are not refs at all.
 */
function floodRefs(real: Real[]): { refs: string[]; realAt: Map<number, string> } {
  const realAt = new Map<number, string>();
  const refs = Array.from({ length: FLOOD }, (_, i) => {
    if (i % 997 === 500) return "../etc/passwd";
    if (i % 3 === 0) return randomBytes(32).toString("hex");
    if (i % 3 === 1) return `bogus-${i}`;
    return randomBytes(6).toString("hex");
  });
  const put = (i: number, ref: string, id: string) => {
    refs[i] = ref;
    realAt.set(i, id);
  };
  put(0, real[0]!.name, real[0]!.id);
  put(1, real[1]!.id, real[1]!.id);
  put(2, real[2]!.id.slice(0, 12), real[2]!.id);
  put(FLOOD / 2, real[0]!.id, real[0]!.id);
  return { refs, realAt };
}

/**
 * What a flood of one socket must come to: an ok only for a real ref (with its id), a refusal with a code and words
 * otherwise, never `not_found` for a real one. The server cuts the socket off a few hundred messages in: what was
 * still on its way then (a real stream being opened included) is never answered.
 */
function expectSaneAnswers(answers: (LiveAnswer | undefined)[], realAt: Map<number, string>, check: (answer: LiveAnswer, id: string) => void) {
  for (const [i, answer] of answers.entries()) {
    if (answer === undefined) continue;
    const id = realAt.get(i);
    if (answer.ok) {
      expect(id, `answer ${i} is ok for a bogus ref`).toBeDefined();
      check(answer, id!);
      continue;
    }
    const allowed = id === undefined ? ["not_found", "too_many", "rate_limited", "invalid_request"] : ["too_many", "rate_limited"];
    expect(allowed, `answer ${i}: ${JSON.stringify(answer)}`).toContain(answer.code);
    expect(answer.message).toEqual(expect.any(String));
  }
  // The real refs at the start come within the rate limit's burst: none of them is refused.
  for (const i of [0, 1, 2]) expect(answers[i] === undefined || answers[i]!.ok, `real ref ${i}: ${JSON.stringify(answers[i])}`).toBe(true);
}

/** The server kept going: a new socket is served, by the channel that was flooded too. */
async function expectServerServes(real: Real, event: string, payload: unknown, close?: [string, unknown]) {
  const socket = await liveSocket(baseURL);
  try {
    const sample = new Promise<{ id: string }>((resolve) => socket.once("stats:samples", (m: { samples: { id: string }[] }) => resolve(m.samples[0]!)));
    expect(await socket.timeout(10_000).emitWithAck("stats:watch", { container: real.name })).toMatchObject({ ok: true, id: real.id });
    expect((await sample).id).toBe(real.id);
    expect(await socket.timeout(10_000).emitWithAck(event, payload)).toMatchObject({ ok: true });
    if (close) expect(await socket.timeout(10_000).emitWithAck(...close)).toMatchObject({ ok: true });
  } finally {
    socket.close();
  }
}

async function floodOnce(pid: number, event: string, payloads: unknown[]) {
  const socket = await liveSocket(baseURL);
  try {
    return await peaksDuring(pid, () => flood(socket, event, payloads));
  } finally {
    socket.close();
  }
}

/** `cycles` subscribe/unsubscribe pairs spread over `sockets` sockets, each pair awaited; every answer must be ok. */
async function churn(sockets: number, cycles: number, pair: (socket: Socket, i: number) => Promise<LiveAnswer[]>) {
  const clients = await Promise.all(Array.from({ length: sockets }, () => liveSocket(baseURL)));
  try {
    const answers = await Promise.all(
      clients.map(async (socket, s) => {
        const mine: LiveAnswer[] = [];
        for (let i = s; i < cycles; i += sockets) mine.push(...(await pair(socket, i)));
        return mine;
      }),
    );
    return tally(answers.flat());
  } finally {
    for (const c of clients) c.close();
  }
}

test.describe("live channel limits", { tag: "@alone" }, () => {
  test.describe.configure({ timeout: 180_000 });

  test("10,000 stats watches on one socket: one shared list, a stream per real container, a bounded server", async () => {
    const real = runReal("lim-stats", 3);
    const pid = listenerPid(port);
    try {
      const baseline = await settledEngineConnections(pid);
      const rss0 = rssMiB(pid);
      const { refs, realAt } = floodRefs(real);
      const { result, connections, rssMiB: rssPeak } = await floodOnce(
        pid,
        "stats:watch",
        refs.map((container) => ({ container })),
      );
      const counts = tally(result.answers);
      console.log(`stats flood: ${JSON.stringify(counts)}, disconnect ${result.disconnect}, engine connections ${baseline} → peak ${connections}, RSS ${rss0.toFixed(0)} → peak ${rssPeak.toFixed(0)} MiB`);

      expectSaneAnswers(result.answers, realAt, (answer, id) => expect(answer.id).toBe(id));
      // A watch is quick once the shared list is in: the real ones at the start are all served before the cut-off.
      for (const i of [0, 1, 2]) expect(result.answers[i]).toMatchObject({ ok: true });
      expect(counts.not_found).toBeGreaterThan(0);
      expect(counts.rate_limited).toBeGreaterThan(0);
      // A socket that keeps hammering past the rate limit is cut off.
      expect(result.disconnect).toBe("io server disconnect");
      expect(connections).toBeLessThanOrEqual(baseline + real.length + SLACK);
      expect(rssPeak - rss0).toBeLessThan(RSS_GROWTH_MIB);

      // The socket is gone: its streams close after the grace period.
      expect(await settledEngineConnections(pid)).toBe(baseline);
      await expectServerServes(real[0]!, "stats:unwatch", { container: real[0]!.name });
    } finally {
      removeQuietly(...real.map((r) => r.name));
    }
  });

  test("10,000 log subscriptions and 10,000 terminal opens on one socket: bounded streams, nothing left running", async () => {
    const real = runReal("lim-logs", 3);
    const pid = listenerPid(port);
    try {
      const baseline = await settledEngineConnections(pid);
      const rss0 = rssMiB(pid);
      const { refs, realAt } = floodRefs(real);

      const logs = await floodOnce(
        pid,
        "logs:subscribe",
        refs.map((container, i) => ({ subId: `v${i}`, container, tail: 0 })),
      );
      console.log(`logs flood: ${JSON.stringify(tally(logs.result.answers))}, disconnect ${logs.result.disconnect}, engine connections ${baseline} → peak ${logs.connections}, RSS ${rss0.toFixed(0)} → peak ${logs.rssMiB.toFixed(0)} MiB`);
      expectSaneAnswers(logs.result.answers, realAt, (answer, id) => expect((answer.container as { id: string }).id).toBe(id));
      expect(logs.result.disconnect).toBe("io server disconnect");
      expect(logs.connections).toBeLessThanOrEqual(baseline + real.length + SLACK);
      expect(logs.rssMiB - rss0).toBeLessThan(RSS_GROWTH_MIB);
      expect(await settledEngineConnections(pid)).toBe(baseline);

      const exec = await floodOnce(
        pid,
        "exec:open",
        refs.map((container, i) => ({ sessionId: `t${i}`, container, mode: "exec", cmd: ["sh"], cols: 80, rows: 24 })),
      );
      const counts = tally(exec.result.answers);
      console.log(`exec flood: ${JSON.stringify(counts)}, disconnect ${exec.result.disconnect}, engine connections ${baseline} → peak ${exec.connections}, RSS → peak ${exec.rssMiB.toFixed(0)} MiB`);
      expectSaneAnswers(exec.result.answers, realAt, (answer) => expect(answer).toMatchObject({ ok: true, tty: true }));
      expect(exec.result.disconnect).toBe("io server disconnect");
      // An exec session is its stream plus the engine calls that start and end it.
      expect(exec.connections).toBeLessThanOrEqual(baseline + 2 * (real.length + 1) + SLACK);
      expect(exec.rssMiB - rss0).toBeLessThan(RSS_GROWTH_MIB);

      // Cut off: its shells end and nothing stays open on the engine.
      for (const r of real) await expect.poll(async () => (await runningExecs(r.name)).length, { timeout: 20_000 }).toBe(0);
      expect(await settledEngineConnections(pid)).toBe(baseline);
      await expectServerServes(real[1]!, "logs:subscribe", { subId: "after", container: real[1]!.name, tail: 0 }, ["logs:unsubscribe", { subId: "after" }]);
      await expectServerServes(real[2]!, "exec:open", { sessionId: "after", container: real[2]!.id, mode: "exec", cmd: ["sh"], cols: 80, rows: 24 }, [
        "exec:close",
        { sessionId: "after" },
      ]);
      for (const r of real) await expect.poll(async () => (await runningExecs(r.name)).length, { timeout: 20_000 }).toBe(0);
    } finally {
      removeQuietly(...real.map((r) => r.name));
    }
  });

  test("1,000 subscribe/unsubscribe cycles of stats, logs and terminals leave the engine as it was", async () => {
    const name = uniqueName("lim-churn");
    const id = runSleeper(name);
    const pid = listenerPid(port);
    try {
      const baseline = await settledEngineConnections(pid);
      const memory0 = await memoryAfterGc(pid);
      const ask = (socket: Socket, event: string, payload: unknown) => socket.timeout(20_000).emitWithAck(event, payload) as Promise<LiveAnswer>;

      const stats = await peaksDuring(pid, () =>
        churn(10, 1000, async (s) => [await ask(s, "stats:watch", { container: id }), await ask(s, "stats:unwatch", { container: id })]),
      );
      expect(stats.result).toEqual({ ok: 2000 });
      // One stream for the one container, however the sockets churn.
      expect(stats.connections).toBeLessThanOrEqual(baseline + 1 + SLACK);
      expect(await settledEngineConnections(pid)).toBe(baseline);

      const logs = await peaksDuring(pid, () =>
        churn(10, 1000, async (s, i) => [
          await ask(s, "logs:subscribe", { subId: `c${i}`, container: name, tail: 0 }),
          await ask(s, "logs:unsubscribe", { subId: `c${i}` }),
        ]),
      );
      expect(logs.result).toEqual({ ok: 2000 });
      // At most one open view per socket at a time.
      expect(logs.connections).toBeLessThanOrEqual(baseline + 10 + SLACK);
      expect(await settledEngineConnections(pid)).toBe(baseline);

      // Each terminal cycle runs a shell in the container and ends it: fewer of them, the same check. A closed
      // session counts against the socket's 8 until the engine has ended it, so a script faster than that is told
      // `too_many` and waits, as a client should.
      let waited = 0;
      const terminals = await peaksDuring(pid, () =>
        churn(5, 100, async (s, i) => {
          const open = { sessionId: `t${i}`, container: name, mode: "exec", cmd: ["sh"], cols: 80, rows: 24 };
          let opened = await ask(s, "exec:open", open);
          for (let tries = 0; !opened.ok && opened.code === "too_many" && tries < 100; tries++) {
            waited++;
            await new Promise((r) => setTimeout(r, 100));
            opened = await ask(s, "exec:open", open);
          }
          return [opened, await ask(s, "exec:close", { sessionId: `t${i}` })];
        }),
      );
      console.log(`terminal churn: ${JSON.stringify(terminals.result)}, ${waited} opens told too_many and retried, engine connections ${baseline} → peak ${terminals.connections}`);
      expect(terminals.result).toEqual({ ok: 200 });
      // At most 8 sessions (open or closing) per socket, each its stream and the calls that end it.
      expect(terminals.connections).toBeLessThanOrEqual(baseline + 5 * 8 * 2 + SLACK);
      await expect.poll(async () => (await runningExecs(name)).length, { timeout: 20_000 }).toBe(0);
      expect(await settledEngineConnections(pid)).toBe(baseline);
      expect(dockerCli("inspect", "--format", "{{.State.Running}}", name)).toBe("true");
      // Nothing kept per cycle: memory after a full GC as it was before the 2,100 cycles.
      const memory1 = await memoryAfterGc(pid);
      console.log(`churn memory: before ${describeMemory(memory0)}; after ${describeMemory(memory1)}`);
      expect(memory1.rssMiB - memory0.rssMiB, "RSS growth over the cycles after a full GC, MiB").toBeLessThan(20);
      expect(memory1.heapUsedMiB - memory0.heapUsedMiB, "heap growth over the cycles after a full GC, MiB").toBeLessThan(20);
    } finally {
      removeQuietly(name);
    }
  });
});
