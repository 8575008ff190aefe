import { describe, expect, it, vi } from "vitest";
import { fakeLiveSocket } from "@/tests/fake-live-socket";
import { LIVE_LIMITS } from "./limits";
import { listen } from "./listen";
import { CUT_OFF_GRACE_MS, limitRate, type RateLimits } from "./rate-limit";

// The middleware with a clock of the test's own; handlers are registered through listen() like the channels' are.
function setup(limits: RateLimits = LIVE_LIMITS.rate) {
  let t = 0;
  const s = fakeLiveSocket();
  limitRate(s.socket, limits, () => t);
  const handled = vi.fn();
  listen(s.socket, "thing:watch", (_payload, reply) => {
    handled();
    reply.ok();
  });
  listen(s.socket, "thing:input", (_payload, reply) => reply.ok(), { kind: "stream" });
  const ask = (event: string) => new Promise<{ ok: boolean; code?: string; message?: string }>((r) => void s.send(event, {}, r));
  return { s, handled, ask, advance: (ms: number) => (t += ms) };
}

describe("limitRate", () => {
  it("lets a burst through, refuses past it with rate_limited, and refills at its pace", async () => {
    const { requests } = LIVE_LIMITS.rate;
    const { handled, ask, advance } = setup();
    for (let i = 0; i < requests.burst; i++) await ask("thing:watch");
    expect(handled).toHaveBeenCalledTimes(requests.burst);
    expect(await ask("thing:watch")).toEqual({
      ok: false,
      code: "rate_limited",
      message: expect.stringContaining(`at most ${requests.perSecond} subscribe, watch, open and other messages a second per connection`),
    });
    expect(handled).toHaveBeenCalledTimes(requests.burst);
    advance(1000);
    for (let i = 0; i < requests.perSecond; i++) expect(await ask("thing:watch")).toEqual({ ok: true });
    expect((await ask("thing:watch")).code).toBe("rate_limited");
  });

  it("never refuses a person: a few messages a second for an hour", async () => {
    const { ask, advance } = setup();
    for (let i = 0; i < 3600 * 5; i++) {
      expect(await ask("thing:watch")).toEqual({ ok: true });
      advance(200);
    }
  });

  it("counts every event, an unknown one too, and refuses without an ack through live:error", async () => {
    const { s, advance } = setup({ ...LIVE_LIMITS.rate, requests: { burst: 2, perSecond: 1 } });
    await s.send("no:such:event", 1);
    await s.send("thing:watch", 1);
    await s.send("thing:watch", 1);
    expect(s.sent).toEqual([{ event: "live:error", payload: { event: "thing:watch", code: "rate_limited", message: expect.any(String) } }]);
    advance(1000);
    await s.send("thing:watch", 1);
    expect(s.sent).toHaveLength(1);
  });

  it("gives the terminal's stream its own, larger bucket", async () => {
    const { ask } = setup();
    const { requests, stream } = LIVE_LIMITS.rate;
    for (let i = 0; i < requests.burst; i++) await ask("thing:watch");
    expect((await ask("thing:watch")).code).toBe("rate_limited");
    for (let i = 0; i < stream.burst; i++) expect(await ask("thing:input")).toEqual({ ok: true });
    expect(await ask("thing:input")).toMatchObject({ code: "rate_limited", message: expect.stringContaining("terminal input") });
  });

  it("cuts off a socket that keeps sending after it was refused, and disconnects it a moment later", async () => {
    const { requests, refusalsBeforeDisconnect } = LIVE_LIMITS.rate;
    const { s, handled } = setup();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.useFakeTimers();
    const answered: unknown[] = [];
    for (let i = 0; i < 10_000; i++) void s.send("thing:watch", {}, (a: unknown) => answered.push(a));
    await vi.advanceTimersByTimeAsync(0);
    // Cut off: nothing more is read, but what is on its way still reaches the socket for a moment.
    expect(s.disconnected).toBe(false);
    await vi.advanceTimersByTimeAsync(CUT_OFF_GRACE_MS);
    vi.useRealTimers();
    expect(s.disconnected).toBe(true);
    expect(handled).toHaveBeenCalledTimes(requests.burst);
    // Each refused one was answered, up to the one that cut the socket off; nothing after.
    expect(answered).toHaveLength(requests.burst + refusalsBeforeDisconnect.burst + 1);
    expect(s.sent.at(-1)).toEqual({
      event: "live:error",
      payload: { event: "thing:watch", code: "rate_limited", message: expect.stringMatching(/^disconnected: kept sending/) },
    });
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });
});
