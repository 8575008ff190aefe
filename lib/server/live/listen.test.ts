import { describe, expect, it, vi } from "vitest";
import { fakeLiveSocket } from "@/tests/fake-live-socket";
import { eventKind, listen, refusal, splitArgs } from "./listen";

describe("splitArgs", () => {
  it("finds the ack last, a lone one first, and no ack in a non-function", () => {
    const ack = () => {};
    expect(splitArgs([{ a: 1 }, ack])).toEqual({ payload: { a: 1 }, ack });
    expect(splitArgs([ack])).toEqual({ payload: undefined, ack });
    expect(splitArgs([{ a: 1 }, "not a function"])).toEqual({ payload: { a: 1 } });
    expect(splitArgs([])).toEqual({ payload: undefined });
  });
});

describe("listen", () => {
  it("answers at most once, and a refusal without an ack goes to the channel's error event or live:error", async () => {
    const s = fakeLiveSocket();
    const unacked = vi.fn();
    listen(s.socket, "a:do", (_p, reply) => {
      reply.refuse(refusal("not_found", "no a"), { id: 1 });
      reply.ok();
    }, { unacked });
    listen(s.socket, "b:do", (_p, reply) => reply.refuse(refusal("not_found", "no b")));
    const ack = vi.fn();
    await s.send("a:do", {}, ack);
    expect(ack).toHaveBeenCalledTimes(1);
    expect(ack).toHaveBeenCalledWith({ ok: false, code: "not_found", message: "no a" });
    await s.send("a:do", {});
    expect(unacked).toHaveBeenCalledWith({ ok: false, code: "not_found", message: "no a" }, { id: 1 });
    await s.send("b:do", {}, "not a function");
    expect(s.sent).toEqual([{ event: "live:error", payload: { event: "b:do", code: "not_found", message: "no b" } }]);
  });

  it("turns a handler that throws or rejects into a logged internal refusal, not a crash", async () => {
    const s = fakeLiveSocket();
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    listen(s.socket, "x:sync", () => {
      throw new Error("bug");
    });
    listen(s.socket, "x:async", async () => {
      throw new Error("bug");
    });
    const ack = vi.fn();
    await s.send("x:sync", {}, ack);
    await s.send("x:async", {}, ack);
    expect(ack).toHaveBeenCalledTimes(2);
    expect(ack).toHaveBeenLastCalledWith({ ok: false, code: "internal", message: expect.stringContaining("x:async") });
    expect(error).toHaveBeenCalledTimes(2);
    error.mockRestore();
  });

  it("records the event's kind for the rate limit; unknown events are requests", () => {
    listen(fakeLiveSocket().socket, "k:input", () => {}, { kind: "stream" });
    expect(eventKind("k:input")).toBe("stream");
    expect(eventKind("whatever")).toBe("request");
  });
});

describe("invalidPayload", () => {
  it("keeps the message short however many issues a payload has", async () => {
    const { z } = await import("zod");
    const { invalidPayload } = await import("./listen");
    const parsed = z.object({ container: z.string() }).strict().safeParse(Buffer.alloc(100_000));
    const r = invalidPayload(parsed.error!, "needs { container }");
    expect(r.code).toBe("invalid_request");
    expect(r.message.length).toBeLessThan(600);
    expect(r.message).toMatch(/^needs \{ container \} \(container: .*…\)$/);
  });
});

describe("unfitPayload", () => {
  it("refuses binary anywhere and deep nesting before any schema runs", async () => {
    const { unfitPayload } = await import("./listen");
    expect(unfitPayload({ container: "web", cmd: ["sh"] })).toBeUndefined();
    expect(unfitPayload(null)).toBeUndefined();
    expect(unfitPayload(Buffer.alloc(10))).toBe("binary data is not accepted");
    expect(unfitPayload({ a: [{ b: new Uint8Array(1) }] })).toBe("binary data is not accepted");
    let deep: unknown = [];
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(unfitPayload(deep)).toBe("nested more than 16 levels deep");
  });

  it("is checked before the handler", async () => {
    const s = fakeLiveSocket();
    const handler = vi.fn();
    listen(s.socket, "x:watch", handler);
    const ack = vi.fn();
    await s.send("x:watch", Buffer.alloc(100_000), ack);
    expect(handler).not.toHaveBeenCalled();
    expect(ack).toHaveBeenCalledWith({ ok: false, code: "invalid_request", message: "x:watch: binary data is not accepted" });
  });
});
