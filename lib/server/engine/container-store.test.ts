import { beforeEach, describe, expect, it, vi } from "vitest";
import type { ContainerChange, EngineEvent } from "@/lib/shared/types/engine";
import type { Engine } from "./engine";
import { ContainerStore } from "./container-store";
import { HealthState } from "./health";
import { RecentChanges } from "./recent-changes";

// The engine faked at dockerode's boundary: `listContainers` with or without an id filter, counted.
const raw = new Map<string, { Id: string; Names: string[]; State: string; Status: string; Labels: Record<string, string> }>();
const calls: (string[] | undefined)[] = [];

function fakeEngine(): Engine {
  const health = new HealthState("unix:///test.sock");
  health.set({ reachable: true, version: "20.10" });
  return {
    health,
    recentChanges: new RecentChanges(),
    events: { running: true },
    docker: {
      listContainers: async (opts: { filters?: { id?: string[] } }) => {
        const ids = opts.filters?.id;
        calls.push(ids);
        return [...raw.values()].filter((c) => !ids || ids.some((id) => c.Id.startsWith(id))).map((c) => ({ ...c }));
      },
    },
  } as unknown as Engine;
}

function put(id: string, state = "running", labels: Record<string, string> = {}) {
  raw.set(id, { Id: id, Names: [`/${id}`], State: state, Status: state === "running" ? "Up 1 second" : "Exited (0) 1 second ago", Labels: labels });
}
const event = (action: string, id: string): EngineEvent => ({ type: "container", action, id, attributes: {}, timeNano: "0" });

beforeEach(() => {
  raw.clear();
  calls.length = 0;
});

describe("ContainerStore", () => {
  it("lists the engine once, then answers from memory until an event names a container", async () => {
    for (let i = 0; i < 20; i++) put(`c${i}`);
    const store = new ContainerStore(fakeEngine());
    expect(await store.list({ all: true })).toHaveLength(20);
    await store.list({ all: true });
    await store.list({ all: false });
    expect(calls).toEqual([undefined]);

    put("c3", "exited");
    store.noteEvent(event("die", "c3"));
    store.noteEvent(event("exec_start: sh", "c4")); // noise: no engine call
    const list = await store.list({ all: true });
    expect(calls).toEqual([undefined, ["c3"]]);
    expect(list.find((c) => c.id === "c3")?.state).toBe("exited");
    expect((await store.list({ all: false })).map((c) => c.id)).not.toContain("c3");
  });

  it("adds created containers, drops destroyed ones and keeps an id prefix from matching another container", async () => {
    put("aaa1");
    const store = new ContainerStore(fakeEngine());
    await store.list({ all: true });
    put("aaa");
    store.noteEvent(event("create", "aaa"));
    raw.delete("aaa1");
    store.noteEvent(event("destroy", "aaa1"));
    expect((await store.list({ all: true })).map((c) => c.id)).toEqual(["aaa"]);
  });

  it("keeps the engine's own entries for the volume and network screens, refreshed by a network connect", async () => {
    put("web");
    const store = new ContainerStore(fakeEngine());
    expect((await store.rawList()).map((c) => c.Id)).toEqual(["web"]);
    raw.get("web")!.Labels = { joined: "net-a" };
    store.noteEvent({ type: "network", action: "connect", id: "net-a-id", attributes: { container: "web" }, timeNano: "0" });
    expect((await store.rawList())[0]!.Labels).toEqual({ joined: "net-a" });
    expect(calls).toEqual([undefined, ["web"]]);
  });

  it("never keeps Berth's helper containers", async () => {
    put("web");
    put("helper", "created", { "berth.helper": "volume-browse" });
    const store = new ContainerStore(fakeEngine());
    expect((await store.list({ all: true })).map((c) => c.id)).toEqual(["web"]);
  });

  it("pushes what each event changed to its listeners, and what a refill after a change of Berth's own changed", async () => {
    put("a");
    put("b");
    const store = new ContainerStore(fakeEngine());
    const changes: ContainerChange[] = [];
    store.onChange((c) => changes.push(c));
    await store.list({ all: true });
    expect(changes).toEqual([]);

    put("a", "exited");
    store.noteEvent(event("die", "a"));
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]!.upsert.map((c) => [c.id, c.state])).toEqual([["a", "exited"]]);

    raw.delete("b");
    store.invalidate();
    await store.list({ all: true });
    expect(changes[1]).toEqual({ upsert: [], remove: ["b"], revision: store.revision });
  });

  it("moves its revision with every change a list answer would show, and only then", async () => {
    put("a");
    const store = new ContainerStore(fakeEngine());
    const empty = store.revision;
    await store.list({ all: true });
    const filled = store.revision;
    expect(filled).not.toBe(empty);
    await store.list({ all: true });
    store.invalidate(); // a refill that finds the same rows: nothing for a tab to fetch again
    await store.list({ all: true });
    expect(store.revision).toBe(filled);

    const changes: ContainerChange[] = [];
    store.onChange((c) => changes.push(c));
    put("a", "exited");
    store.noteEvent(event("die", "a"));
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    expect(store.revision).not.toBe(filled);
    expect(changes[0]!.revision).toBe(store.revision);
    // Another process starts its revisions apart, even at the same count of changes.
    expect(new ContainerStore(fakeEngine()).revision).not.toBe(empty);
  });

  it("does not trust memory while the engine is unreachable, and lists afresh when it is back", async () => {
    put("a");
    const engine = fakeEngine();
    const store = new ContainerStore(engine);
    await store.list({ all: true });
    engine.health.set({ reachable: false, message: "gone" });
    put("b"); // created while the events stream was down: no event will say so
    engine.health.set({ reachable: true, version: "20.10" });
    expect((await store.list({ all: true })).map((c) => c.id).sort()).toEqual(["a", "b"]);
    expect(calls).toEqual([undefined, undefined]);
  });
});
