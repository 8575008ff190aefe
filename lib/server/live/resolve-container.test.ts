import { describe, expect, it } from "vitest";
import type { ContainerSummary } from "@/lib/shared/types/engine";
import { fakeListEngine, withContainerStore } from "@/tests/fake-live-socket";
import { matchContainer, resolveContainer } from "./resolve-container";

const c = (id: string, name: string) => ({ id, name }) as ContainerSummary;

describe("matchContainer", () => {
  const list = [c("abc123" + "0".repeat(58), "web"), c("abd456" + "0".repeat(58), "db"), c("ff00" + "0".repeat(60), "abc123")];

  it("resolves as the engine does: full id, then exact name, then a unique id prefix", () => {
    expect(matchContainer(list, list[1]!.id)).toBe(list[1]);
    expect(matchContainer(list, "web")).toBe(list[0]);
    expect(matchContainer(list, "/db")).toBe(list[1]);
    // A name wins over an id prefix it also is.
    expect(matchContainer(list, "abc123")).toBe(list[2]);
    expect(matchContainer(list, "abd")).toBe(list[1]);
    expect(matchContainer(list, "ab")).toBe("ambiguous");
    expect(matchContainer(list, "nope")).toBeUndefined();
    expect(matchContainer(list, "ABD")).toBeUndefined();
  });
});

describe("resolveContainer", () => {
  it("shares one list among the callers of the same moment and names what it did not find", async () => {
    const { engine, calls } = fakeListEngine(2);
    const answers = await Promise.all(Array.from({ length: 1000 }, (_, i) => resolveContainer(engine, i === 0 ? "c1" : `x${i}`)));
    expect(answers[0]).toMatchObject({ name: "c1" });
    expect(answers[1]).toEqual({ ok: false, code: "not_found", message: "No such container: x1" });
    expect(calls.list).toBe(1);
  });

  it("passes the engine's failure on as a refusal", async () => {
    const engine = withContainerStore({
      id: "down",
      docker: { listContainers: async () => Promise.reject(Object.assign(new Error("connect ENOENT /x.sock"), { code: "ENOENT" })) },
    });
    expect(await resolveContainer(engine, "web")).toMatchObject({ ok: false, code: "engine_unreachable" });
  });
});
