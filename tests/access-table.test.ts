import type { Server } from "socket.io";
import { describe, expect, it } from "vitest";
import { apiRouteFiles } from "@/e2e/support/api-routes";
import { LIVE_CHANNELS } from "@/lib/server/live/channels";
import type { Engine } from "@/lib/server/engine/engine";
import { ROUTE_ACCESS, routeAccess, SOCKET_EVENT_ACCESS, socketEventAccess } from "@/lib/shared/auth/access-table";
import { fakeLiveServer, fakeLiveSocket } from "./fake-live-socket";

// The access table is the only thing that lets a request through (fail closed), so a route file or a socket event
// without an entry would be unusable — and one with a wrong entry would be open. Both lists here come from the code:
// the route files under app/api and the events the live channels register on a socket.

/** Anything, callable, with any property: an engine for channels that only register handlers. */
function anything(): unknown {
  const fn = () => proxy;
  const proxy: unknown = new Proxy(fn, { get: (_t, key) => (key === Symbol.toPrimitive ? () => "x" : key === "then" ? undefined : proxy), apply: () => proxy });
  return proxy;
}

function registeredEvents(): string[] {
  const live = fakeLiveSocket();
  const events = new Set<string>();
  const on = live.socket.on.bind(live.socket);
  (live.socket as unknown as { on: (e: string, fn: unknown) => unknown }).on = (event: string, fn: unknown) => {
    events.add(event);
    return on(event, fn as never);
  };
  const { io } = fakeLiveServer();
  for (const channel of LIVE_CHANNELS) channel(io as unknown as Server, live.socket, anything() as Engine);
  // Fired by socket.io itself; a client cannot send them.
  for (const reserved of ["disconnect", "disconnecting", "error"]) events.delete(reserved);
  return [...events].sort();
}

describe("the access table", () => {
  const routes = apiRouteFiles().flatMap((r) => r.methods.map((m) => ({ key: `${m} ${r.pattern}`, file: r.file })));

  it("names every method of every route file under app/api", () => {
    expect(routes.length).toBeGreaterThan(50);
    const missing = routes.filter((r) => !Object.hasOwn(ROUTE_ACCESS, r.key)).map((r) => `${r.key} (${r.file})`);
    expect(missing, "add these to ROUTE_ACCESS in lib/shared/auth/access-table.ts").toEqual([]);
  });

  it("names no route that does not exist", () => {
    const exist = new Set(routes.map((r) => r.key));
    expect(Object.keys(ROUTE_ACCESS).filter((k) => !exist.has(k))).toEqual([]);
  });

  it("names every socket event a live channel registers, and no other", () => {
    const events = registeredEvents();
    expect(events.length).toBeGreaterThan(5);
    expect(events.filter((e) => socketEventAccess(e) === undefined), "add these to SOCKET_EVENT_ACCESS").toEqual([]);
    expect(Object.keys(SOCKET_EVENT_ACCESS).filter((e) => !events.includes(e))).toEqual([]);
  });

  it("resolves a path to its route file as Next's router does: static segments first", () => {
    expect(routeAccess("POST", "/api/containers/web/start")).toEqual({ key: "POST /api/containers/[id]/[action]", access: "operator" });
    expect(routeAccess("POST", "/api/containers/web/commit")?.key).toBe("POST /api/containers/[id]/commit");
    expect(routeAccess("GET", "/api/containers/web/logs")).toEqual({ key: "GET /api/containers/[id]/logs", access: "operator" });
    expect(routeAccess("DELETE", "/api/containers/web")?.access).toBe("admin");
    expect(routeAccess("GET", "/api/images/save")?.key).toBe("GET /api/images/save");
    expect(routeAccess("GET", "/api/containers/a%2Fb")?.key).toBe("GET /api/containers/[id]");
  });

  it("refuses what it does not name: another method, an unknown path, an undecodable one", () => {
    expect(routeAccess("PUT", "/api/containers/web")).toBeUndefined();
    expect(routeAccess("GET", "/api/containers/web/start")).toBeUndefined();
    expect(routeAccess("GET", "/api/nothing/here")).toBeUndefined();
    expect(routeAccess("GET", "/api/containers/%E0%A4%A")).toBeUndefined();
    expect(socketEventAccess("no:such:event")).toBeUndefined();
    expect(socketEventAccess("constructor")).toBeUndefined();
  });

  it("treats HEAD as GET only where the route has no HEAD of its own", () => {
    expect(routeAccess("HEAD", "/api/containers")?.key).toBe("GET /api/containers");
    expect(routeAccess("HEAD", "/api/events/export")?.key).toBe("HEAD /api/events/export");
  });

  it("never lets a viewer download, mutate or open a terminal", () => {
    for (const [key, access] of Object.entries(ROUTE_ACCESS)) {
      const [method, pattern] = key.split(" ");
      const download = /\/(archive|export|logs|save|download)$/.test(pattern!);
      if (method !== "GET" && method !== "HEAD") expect(access, key).not.toBe("viewer");
      if (download) expect(access, key).not.toBe("viewer");
      expect(access, key).not.toBe("public");
    }
    for (const [event, access] of Object.entries(SOCKET_EVENT_ACCESS)) if (event.startsWith("exec:")) expect(access).toBe("operator");
  });
});
