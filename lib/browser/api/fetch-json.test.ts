import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, fetchJson, postJson } from "./fetch-json";

function respond(status: number, body: string) {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(body, { status })));
}

afterEach(() => vi.unstubAllGlobals());

describe("fetchJson", () => {
  it("returns the parsed body", async () => {
    respond(200, JSON.stringify({ containers: [] }));
    await expect(fetchJson("/api/containers?all=1")).resolves.toEqual({ containers: [] });
  });

  it("throws the API's code and message", async () => {
    respond(409, JSON.stringify({ error: { code: "conflict", message: "Cannot start a container that is running" } }));
    const error = await fetchJson("/x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: "conflict", message: "Cannot start a container that is running" });
  });

  it("throws a generic error for a body that is not JSON", async () => {
    respond(502, "<html>Bad gateway</html>");
    await expect(fetchJson("/x")).rejects.toMatchObject({ status: 502, code: "http_502" });
  });

  it("reports an unreachable server as status 0", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    await expect(fetchJson("/x")).rejects.toMatchObject({ status: 0, code: "network_error" });
  });
});

describe("postJson", () => {
  it("POSTs the body as JSON, {} when there is none", async () => {
    const fetch = vi.fn(async () => new Response("{}", { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    await postJson("/api/volumes", { name: "data" });
    await postJson("/api/containers/web/start");
    const calls = fetch.mock.calls as unknown as [string, RequestInit][];
    expect(calls[0]![1]).toMatchObject({ method: "POST", body: '{"name":"data"}', headers: { "Content-Type": "application/json", Accept: "application/json" } });
    expect(calls[1]![1]).toMatchObject({ method: "POST", body: "{}" });
  });
});
