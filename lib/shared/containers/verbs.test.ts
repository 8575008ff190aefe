import { describe, expect, it } from "vitest";
import { removeNeedsForce, verbApplies, verbConflict } from "./verbs";

describe("verbApplies", () => {
  it("matches what the engine allows", () => {
    expect(verbApplies("start", "exited")).toBe(true);
    expect(verbApplies("start", "created")).toBe(true);
    expect(verbApplies("start", "running")).toBe(false);
    expect(verbApplies("stop", "running")).toBe(true);
    expect(verbApplies("stop", "exited")).toBe(false);
    expect(verbApplies("pause", "running")).toBe(true);
    expect(verbApplies("pause", "paused")).toBe(false);
    expect(verbApplies("unpause", "paused")).toBe(true);
    expect(verbApplies("unpause", "running")).toBe(false);
    expect(verbApplies("kill", "exited")).toBe(false);
    expect(verbApplies("restart", "dead")).toBe(false);
  });
  it("explains a conflict", () => {
    expect(verbConflict("pause", "exited")).toBe("Cannot pause a container that is exited");
    expect(verbConflict("pause", "running")).toBeUndefined();
  });
  it("asks for force only where docker rm would refuse", () => {
    expect(removeNeedsForce("running")).toBe(true);
    expect(removeNeedsForce("exited")).toBe(false);
  });
});
