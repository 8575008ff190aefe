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

describe("engine refusals that are the caller's fault", () => {
  it("never shows the engine's storage paths, only the path the caller gave", () => {
    const err = toEngineError({
      statusCode: 500,
      json: { message: "lstat /var/lib/docker/overlay2/865f63e76c2e131556417df2003d6142937eb92ac8b630f45341dbcd59a7c8d0/merged/a\u0000b: invalid argument" },
    });
    expect(err).toMatchObject({ status: 400, code: "invalid_request", message: "Lstat /a\u0000b: invalid argument" });
    expect(toEngineError({ statusCode: 500, json: { message: "open /tmp/bs-h/data/tmp/docker-import-1234567/x.tar: no such file or directory" } }).message).toBe(
      "open (engine storage): no such file or directory",
    );
    const viaContainers = toEngineError({ statusCode: 500, json: { message: "mkdir /srv/docker/containers/865f63e76c2e/mounts: read-only" } });
    expect(viaContainers.message).not.toContain("/srv/docker");
  });
  it("maps the engine's 403 and its wordy 500s to 400/409 with the engine's words", () => {
    expect(toEngineError({ statusCode: 403, json: { message: "Pool overlaps with other one on this address space" } })).toMatchObject({
      status: 409,
      code: "conflict",
      message: "The subnet overlaps one already in use on this engine (Pool overlaps with other one on this address space)",
    });
    expect(toEngineError({ statusCode: 500, json: { message: "container abc is not connected to the network pn3" } })).toMatchObject({ status: 409 });
    expect(toEngineError({ statusCode: 500, json: { message: "Error processing tar file(exit status 1): unexpected EOF" } })).toMatchObject({
      status: 400,
      message: "Not a tar archive the engine can read (Error processing tar file(exit status 1): unexpected EOF)",
    });
    expect(toEngineError({ statusCode: 500, json: { message: "invalid reference format: repository name must be lowercase" } })).toMatchObject({ status: 400 });
    expect(toEngineError({ statusCode: 500, json: { message: "json: cannot unmarshal number 1e20 into Go struct field HostConfig.Memory of type int64" } })).toMatchObject({
      status: 400,
    });
    expect(toEngineError({ statusCode: 431, json: null, reason: "request header fields too large" })).toMatchObject({ status: 413, code: "too_large" });
  });
  it("reads the engine's words from a streamed call's message, where docker-modem leaves them", () => {
    const streamed = { statusCode: 500, reason: "server error", json: null, message: "(HTTP code 500) server error - Error processing tar file(exit status 1): unexpected EOF " };
    expect(toEngineError(streamed)).toMatchObject({ status: 400, message: "Not a tar archive the engine can read (Error processing tar file(exit status 1): unexpected EOF)" });
  });
  it("keeps 5xx for the engine's own failures", () => {
    expect(toEngineError({ statusCode: 500, json: { message: "failed to create shim task: OCI runtime create failed" } })).toMatchObject({ status: 502, code: "engine_error" });
  });
});

describe("a name the engine's URL cannot carry", () => {
  it("is the caller's 400, not Berth's 500", () => {
    const err = Object.assign(new TypeError("Request path contains unescaped characters"), { code: "ERR_UNESCAPED_CHARACTERS" });
    expect(toEngineError(err)).toMatchObject({ status: 400, code: "invalid_request" });
  });
});
