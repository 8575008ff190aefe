import { describe, expect, it } from "vitest";
import type { Engine } from "./engine";
import { listProcesses } from "./top";

function engineWhoseTopFails(message: string) {
  const fail = async () => {
    throw Object.assign(new Error(`(HTTP code 500) server error - ${message}`), { statusCode: 500, json: { message } });
  };
  return { docker: { getContainer: () => ({ top: fail }) } } as unknown as Engine;
}

describe("listProcesses", () => {
  it("answers ps refusing the caller's arguments as a 400 naming ps_args", async () => {
    await expect(listProcesses(engineWhoseTopFails("ps: exit status 1"), "web", "-1")).rejects.toMatchObject({
      status: 400,
      fields: { ps_args: "ps: exit status 1" },
    });
  });
  it("keeps a 502 for the engine failing without arguments of the caller's", async () => {
    await expect(listProcesses(engineWhoseTopFails("ps: exit status 1"), "web")).rejects.toMatchObject({ status: 502 });
  });
});
