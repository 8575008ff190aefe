import { describe, expect, it } from "vitest";
import { projectArgs, serviceArgs } from "./actions";

describe("stack command arguments", () => {
  it("maps each action to Compose's own command", () => {
    expect(projectArgs("up")).toEqual(["up", "-d"]);
    expect(projectArgs("recreate")).toEqual(["up", "-d", "--force-recreate"]);
    expect(projectArgs("down")).toEqual(["down", "--remove-orphans"]);
    expect(projectArgs("down", { volumes: true })).toEqual(["down", "--remove-orphans", "-v"]);
    expect(projectArgs("stop")).toEqual(["stop"]);
    expect(serviceArgs("scale", "web", 3)).toEqual(["up", "-d", "--no-deps", "--scale", "web=3", "web"]);
    expect(serviceArgs("restart", "web")).toEqual(["restart", "web"]);
    expect(() => serviceArgs("scale", "web")).toThrow(/replicas/);
  });
});
