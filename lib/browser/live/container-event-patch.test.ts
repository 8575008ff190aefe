import { describe, expect, it } from "vitest";
import type { ContainerSummary, EngineEvent } from "@/lib/shared/types/engine";
import { applyContainerChanges, containerSideOf, keyConcernsEvents, patchContainerList } from "./container-event-patch";

const ev = (action: string, attributes: Record<string, string> = {}, id = "abc123def456"): EngineEvent => ({
  type: "container",
  action,
  id,
  name: attributes.name,
  attributes,
  timeNano: "1764478200123456789",
});

const web: ContainerSummary = {
  id: "abc123def456",
  name: "web",
  image: "busybox",
  imageId: "sha256:x",
  command: "sh",
  created: 1,
  state: "running",
  status: "Up 3 minutes",
  ports: [],
  labels: {},
};

describe("patchContainerList", () => {
  it("adds a created container from the event alone", () => {
    const list = patchContainerList([], ev("create", { name: "new", image: "busybox", tier: "web" }, "fff"));
    expect(list).toEqual([
      expect.objectContaining({ id: "fff", name: "new", image: "busybox", state: "created", created: 1764478200, labels: { tier: "web" } }),
    ]);
  });
  it("does not duplicate a known container", () => {
    expect(patchContainerList([web], ev("create", { name: "web" }))).toEqual([web]);
  });
  it("follows state changes and removal", () => {
    expect(patchContainerList([web], ev("die", { exitCode: "137", name: "web" }))[0]).toMatchObject({ state: "exited", status: "Exited (137) Less than a second ago" });
    expect(patchContainerList([web], ev("pause"))[0]!.state).toBe("paused");
    expect(patchContainerList([{ ...web, state: "exited" }], ev("start"))[0]!.state).toBe("running");
    expect(patchContainerList([web], ev("rename", { name: "web2", oldName: "/web" }))[0]!.name).toBe("web2");
    expect(patchContainerList([web], ev("destroy"))).toEqual([]);
  });
  it("ignores events that change nothing shown and other containers", () => {
    const list = [web];
    expect(patchContainerList(list, ev("exec_start: sh"))).toBe(list);
    expect(patchContainerList(list, ev("start", {}, "zzz"))).toBe(list);
    expect(patchContainerList(list, { ...ev("start"), type: "network" })).toBe(list);
  });
});

describe("keyConcernsEvents", () => {
  const events = [ev("start", { name: "web" })];
  it("matches the named container's keys only; the list is patched by the server's containers:changed", () => {
    expect(keyConcernsEvents("/api/containers?all=1", events)).toBe(false);
    expect(keyConcernsEvents("/api/containers/web", events)).toBe(true);
    expect(keyConcernsEvents("/api/containers/web/top", events)).toBe(true);
    expect(keyConcernsEvents("/api/containers/abc123", events)).toBe(true);
    expect(keyConcernsEvents("/api/containers/db", events)).toBe(false);
    expect(keyConcernsEvents("/api/containers/ab", events)).toBe(false);
    expect(keyConcernsEvents("/api/images", events)).toBe(false);
    expect(keyConcernsEvents("/api/containers/web2", [ev("rename", { name: "web2", oldName: "/web" })])).toBe(true);
    expect(keyConcernsEvents("/api/containers/web", [ev("rename", { name: "web2", oldName: "/web" })])).toBe(true);
  });
});

describe("containerSideOf", () => {
  const net = (action: string, attributes: Record<string, string>): EngineEvent => ({
    type: "network",
    action,
    id: "n1",
    name: "backend",
    attributes,
    timeNano: "1",
  });

  it("turns a network connect into an event about the container it names", () => {
    const names = (id: string) => (id === "abc123456789" ? "web" : undefined);
    const side = containerSideOf(net("connect", { container: "abc123456789", name: "backend", type: "bridge" }), names);
    expect(side).toMatchObject({ type: "container", id: "abc123456789", name: "web", action: "network_connect" });
    expect(keyConcernsEvents("/api/containers/abc1234", [side!])).toBe(true);
    expect(keyConcernsEvents("/api/containers/web/settings", [side!])).toBe(true);
    expect(keyConcernsEvents("/api/containers?all=1", [side!])).toBe(false);
    expect(patchContainerList([], side!)).toEqual([]);
  });

  it("ignores other network events and events without a container", () => {
    expect(containerSideOf(net("create", { name: "backend" }), () => "web")).toBeUndefined();
    expect(containerSideOf(net("disconnect", {}), () => "web")).toBeUndefined();
  });
});

describe("applyContainerChanges", () => {
  const row = (id: string, state: ContainerSummary["state"]): ContainerSummary => ({ ...web, id, name: id, state });
  it("replaces rows in place, appends new ones, drops removed ones", () => {
    const list = [row("a", "running"), row("b", "running"), row("c", "exited")];
    const next = applyContainerChanges(list, { upsert: [row("b", "exited"), row("d", "created")], remove: ["c"] }, true);
    expect(next.map((c) => [c.id, c.state])).toEqual([["a", "running"], ["b", "exited"], ["d", "created"]]);
  });
  it("keeps a running-only list to what docker ps shows", () => {
    const list = [row("a", "running"), row("b", "running")];
    const next = applyContainerChanges(list, { upsert: [row("b", "exited"), row("d", "created"), row("e", "paused")], remove: [] }, false);
    expect(next.map((c) => c.id)).toEqual(["a", "e"]);
  });
});
