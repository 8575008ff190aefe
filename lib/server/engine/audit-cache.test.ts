import { beforeEach, describe, expect, it, vi } from "vitest";
import type { EngineEvent } from "@/lib/shared/types/engine";
import type { Engine } from "./engine";

// The engine, faked at Berth's own boundary: a container list and inspect by id.
const engine = vi.hoisted(() => ({ containers: new Map<string, Record<string, unknown>>() }));

vi.mock("./raw-container-refs", () => ({
  listRawContainers: async (_engine: unknown) => [...engine.containers.keys()].map((Id) => ({ Id })),
}));
vi.mock("./inspect-raw", async () => {
  const { ApiError } = await import("@/lib/shared/errors");
  return {
    inspectContainerRaw: async (_engine: unknown, ref: string) => {
      const raw = engine.containers.get(ref);
      if (!raw) throw new ApiError("not_found", `No such container: ${ref}`);
      return raw;
    },
  };
});

const { AuditCache } = await import("./audit-cache");
const { HealthState } = await import("./health");
const auditCache = () => new AuditCache({ health: new HealthState("unix:///test.sock") } as unknown as Engine);

function container(id: string, over: Record<string, unknown> = {}) {
  engine.containers.set(id, { Id: id, Name: `/${id}`, Config: { Image: "app:1.0", User: "1000" }, HostConfig: { Memory: 1, RestartPolicy: { Name: "always" } }, ...over });
}

const event = (action: string, id: string): EngineEvent => ({ type: "container", action, id, attributes: {}, timeNano: "0" });

beforeEach(() => {
  engine.containers.clear();
});

describe("auditCache", () => {
  it("inspects each container once, then only those an event names", async () => {
    for (let i = 0; i < 50; i++) container(`c${i}`);
    const cache = auditCache();
    expect((await cache.report()).containers).toHaveLength(50);
    expect(cache.inspections).toBe(50);

    await cache.report();
    await cache.report();
    expect(cache.inspections).toBe(50);

    container("c7", { HostConfig: { Privileged: true, Memory: 1, RestartPolicy: { Name: "always" } } });
    cache.noteEvent(event("update", "c7"));
    cache.noteEvent(event("exec_start: sh", "c8")); // noise: no re-inspect
    const report = await cache.report();
    expect(cache.inspections).toBe(51);
    expect(report.containers[0]).toMatchObject({ id: "c7", highest: "high" });
  });

  it("drops destroyed containers and picks up created ones", async () => {
    container("a");
    container("b");
    const cache = auditCache();
    await cache.report();
    engine.containers.delete("a");
    container("c");
    cache.noteEvent(event("destroy", "a"));
    cache.noteEvent(event("create", "c"));
    expect((await cache.report()).containers.map((c) => c.id).sort()).toEqual(["b", "c"]);
  });

  it("answers one container by name from the cache, and 404s as undefined", async () => {
    container("web");
    const cache = auditCache();
    await cache.report();
    const before = cache.inspections;
    expect((await cache.container("web"))?.id).toBe("web");
    expect(cache.inspections).toBe(before);
    expect(await cache.container("nope")).toBeUndefined();
  });
});
