import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/shared/errors";
import { toEngineError } from "./errors";

describe("toEngineError", () => {
  it("keeps the engine's message and maps its status", () => {
    expect(toEngineError({ statusCode: 404, json: { message: "No such container: nope" } })).toMatchObject({
      status: 404,
      code: "not_found",
      message: "No such container: nope",
    });
    expect(toEngineError({ statusCode: 409, json: { message: "is not running" } })).toMatchObject({ status: 409, code: "conflict" });
    expect(toEngineError({ statusCode: 304, reason: "container already started", json: null })).toMatchObject({
      status: 409,
      message: "Container already started",
    });
    expect(toEngineError({ statusCode: 500, json: "boom\n" })).toMatchObject({ status: 502, message: "boom" });
  });
  it("reports an unreachable engine as 503", () => {
    expect(toEngineError({ code: "ECONNREFUSED", message: "connect ECONNREFUSED /var/run/docker.sock" })).toMatchObject({
      status: 503,
      code: "engine_unreachable",
    });
  });
  it("passes EngineErrors through", () => {
    const e = new ApiError("conflict", "x");
    expect(toEngineError(e)).toBe(e);
  });
});
