import { describe, expect, it } from "vitest";
import type { Server } from "socket.io";
import { LiveBudget, serverBudget } from "./budget";

describe("LiveBudget", () => {
  const limits = { what: "widgets", perSocket: 2, perServer: 3 };

  it("caps each socket and all sockets together, naming the limit it hit", () => {
    const b = new LiveBudget(limits);
    expect(b.take("a")).toBeUndefined();
    expect(b.take("a")).toBeUndefined();
    expect(b.take("a")).toEqual({ ok: false, code: "too_many", message: "at most 2 widgets per connection (this one has 2 open); close one first" });
    expect(b.take("b")).toBeUndefined();
    expect(b.take("c")).toEqual({
      ok: false,
      code: "too_many",
      message: "the server is at its limit of 3 widgets for all connections together; try again when others close",
    });
    b.release("a");
    expect(b.take("c")).toBeUndefined();
    expect([b.heldBy("a"), b.heldBy("b"), b.heldBy("c"), b.total]).toEqual([1, 1, 1, 3]);
  });

  it("takes several at once or none, and never gives back more than was taken", () => {
    const b = new LiveBudget(limits);
    expect(b.take("a", 3)?.code).toBe("too_many");
    expect(b.total).toBe(0);
    b.release("a", 5);
    expect(b.total).toBe(0);
    expect(b.take("a", 2)).toBeUndefined();
    b.release("a", 5);
    expect(b.total).toBe(0);
  });

  it("is one budget per socket.io server and kind", () => {
    const io = {} as Server;
    expect(serverBudget(io, limits)).toBe(serverBudget(io, limits));
    expect(serverBudget({} as Server, limits)).not.toBe(serverBudget(io, limits));
  });
});
