import { describe, expect, it } from "vitest";
import { hubSearchFailure, mapSearchResults } from "./hub-search";

describe("mapSearchResults", () => {
  it("maps the engine's fields to ours", () => {
    const raw = [
      { name: "busybox", description: "Busybox base image.", star_count: 3300, is_official: true, is_automated: false },
      { name: "someone/tool", description: "", star_count: 4, is_official: false, is_automated: true },
    ];
    expect(mapSearchResults(raw)).toEqual([
      { name: "busybox", description: "Busybox base image.", stars: 3300, official: true, automated: false },
      { name: "someone/tool", description: "", stars: 4, official: false, automated: true },
    ]);
  });
  it("fills gaps and drops entries without a name", () => {
    expect(mapSearchResults([{ name: "x" }, { description: "no name" }, null, { name: "" }])).toEqual([
      { name: "x", description: "", stars: 0, official: false, automated: false },
    ]);
  });
  it("treats anything but an array as no results", () => {
    expect(mapSearchResults(null)).toEqual([]);
    expect(mapSearchResults({ message: "x" })).toEqual([]);
  });
});

describe("hubSearchFailure", () => {
  it("says Hub is not reachable when the engine has no internet", () => {
    const msg = 'Get "https://index.docker.io/v1/search?q=busybox&n=25": dial tcp: lookup index.docker.io on 10.255.255.53:53: dial udp 10.255.255.53:53: connect: network is unreachable';
    const err = hubSearchFailure({ status: 502, code: "engine_error", message: msg });
    expect(err.status).toBe(502);
    expect(err.code).toBe("hub_unreachable");
    expect(err.message).toBe(`Docker Hub is not reachable from the engine: ${msg}`);
  });
  it("keeps an engine that is down a 503", () => {
    const err = hubSearchFailure({ status: 503, code: "engine_unreachable", message: "Docker engine not reachable: connect ENOENT" });
    expect([err.status, err.code]).toEqual([503, "engine_unreachable"]);
  });
  it("passes a refused term on as a 400 and other failures as a failed search", () => {
    expect(hubSearchFailure({ status: 400, code: "bad_request", message: "limit out of range" }).status).toBe(400);
    const other = hubSearchFailure({ status: 502, code: "engine_error", message: "unexpected answer" });
    expect([other.status, other.code, other.message]).toEqual([502, "hub_search_failed", "Docker Hub search failed: unexpected answer"]);
  });
});
