import { describe, expect, it } from "vitest";
import type { EngineEvent } from "@/lib/shared/types/engine";
import { ExitWatch } from "./unexpected-exit";

const ev = (action: string, attributes: Record<string, string> = {}, id = "c1"): EngineEvent => ({ type: "container", action, id, attributes, timeNano: "0" });
const nobody = () => false;

describe("ExitWatch", () => {
  it("a die with a non-zero code and no kill before it is unexpected", () => {
    expect(new ExitWatch().unexpectedExit(ev("die", { exitCode: "3" }), nobody)).toBe(3);
  });

  it("a clean exit is not news", () => {
    expect(new ExitWatch().unexpectedExit(ev("die", { exitCode: "0" }), nobody)).toBeUndefined();
  });

  it("a stop (kill, then die 137/143) is someone's doing", () => {
    const watch = new ExitWatch();
    watch.unexpectedExit(ev("kill", { signal: "15" }), nobody, 1000);
    expect(watch.unexpectedExit(ev("die", { exitCode: "143" }), nobody, 2000)).toBeUndefined();
    // The kill is used up: the next crash of the same container counts.
    expect(watch.unexpectedExit(ev("die", { exitCode: "1" }), nobody, 90_000)).toBe(1);
  });

  it("a container this browser's user stopped is not unexpected", () => {
    expect(new ExitWatch().unexpectedExit(ev("die", { exitCode: "137" }), (id) => id === "c1")).toBeUndefined();
  });

  it("ignores other objects and actions", () => {
    expect(new ExitWatch().unexpectedExit({ ...ev("die", { exitCode: "1" }), type: "network" }, nobody)).toBeUndefined();
    expect(new ExitWatch().unexpectedExit(ev("start"), nobody)).toBeUndefined();
  });
});
