import { describe, expect, it } from "vitest";
import type { EngineEvent } from "@/lib/shared/types/engine";
import { EMPTY_BUFFER, eventHref, eventTimeMs, matchesFilter, mergeEvents, receive, setPaused, toJsonLines } from "./event-rows";

let seq = 0;
const ev = (over: Partial<EngineEvent> & { ms?: number } = {}): EngineEvent => {
  const { ms = 1_700_000_000_000 + seq++, ...rest } = over;
  return { type: "container", action: "start", id: "abc123def456", name: "web", attributes: { name: "web", image: "nginx:1.27" }, timeNano: `${ms}000123`, ...rest };
};

describe("mergeEvents", () => {
  it("keeps newest first, drops duplicates and caps the buffer", () => {
    const a = ev({ ms: 1 });
    const b = ev({ ms: 2 });
    const c = ev({ ms: 3 });
    expect(mergeEvents([b], [c, a])).toEqual([c, b, a]);
    expect(mergeEvents([c, b], [b])).toEqual([c, b]);
    expect(mergeEvents([c, b, a], [ev({ ms: 4 })], 3).map(eventTimeMs)).toEqual([4, 3, 2]);
  });
  it("prepends live events without reordering the rest", () => {
    const rows = [ev({ ms: 10 }), ev({ ms: 5 })];
    const merged = mergeEvents(rows, [ev({ ms: 11 })]);
    expect(merged.map(eventTimeMs)).toEqual([11, 10, 5]);
  });
});

describe("pause and resume", () => {
  it("counts events while paused without inserting them, and inserts them on resume", () => {
    let buf = receive(EMPTY_BUFFER, [ev({ ms: 1 })]);
    buf = setPaused(buf, true);
    buf = receive(buf, [ev({ ms: 2 }), ev({ ms: 3 })]);
    expect(buf.rows).toHaveLength(1);
    expect(buf.pending).toHaveLength(2);
    buf = setPaused(buf, false);
    expect(buf.rows.map(eventTimeMs)).toEqual([3, 2, 1]);
    expect(buf.pending).toEqual([]);
  });
  it("does not count an event twice (a catch-up after a reconnect repeats some)", () => {
    const a = ev({ ms: 1 });
    const b = ev({ ms: 2 });
    let buf = setPaused(receive(EMPTY_BUFFER, [a]), true);
    buf = receive(buf, [b]);
    buf = receive(buf, [a, b, b]);
    expect(buf.pending).toEqual([b]);
  });
  it("bounds what waits while paused", () => {
    let buf = setPaused(EMPTY_BUFFER, true);
    for (let i = 0; i < 10; i++) buf = receive(buf, [ev({ ms: 100 + i })], 4);
    expect(buf.pending.map(eventTimeMs)).toEqual([106, 107, 108, 109]);
  });
});

describe("matchesFilter", () => {
  const base = { hideExec: false };
  it("filters by type, action verb, name/image/id and time range", () => {
    const e = ev({ ms: 1000 });
    expect(matchesFilter(e, { ...base, type: "container" })).toBe(true);
    expect(matchesFilter(e, { ...base, type: "image" })).toBe(false);
    expect(matchesFilter(e, { ...base, action: "sta" })).toBe(true);
    expect(matchesFilter(e, { ...base, action: "stop" })).toBe(false);
    expect(matchesFilter(e, { ...base, container: "WE" })).toBe(true);
    expect(matchesFilter(e, { ...base, container: "abc1" })).toBe(true);
    expect(matchesFilter(e, { ...base, container: "db" })).toBe(false);
    expect(matchesFilter(e, { ...base, image: "nginx" })).toBe(true);
    expect(matchesFilter(ev({ type: "image", id: "nginx:1.27", attributes: {} }), { ...base, image: "nginx" })).toBe(true);
    expect(matchesFilter(ev({ type: "image", id: "nginx:1.27", attributes: {} }), { ...base, container: "nginx" })).toBe(false);
    expect(matchesFilter(e, { ...base, image: "redis" })).toBe(false);
    expect(matchesFilter(e, { ...base, sinceMs: 1000, untilMs: 1000 })).toBe(true);
    expect(matchesFilter(e, { ...base, sinceMs: 1001 })).toBe(false);
    expect(matchesFilter(e, { ...base, untilMs: 999 })).toBe(false);
  });
  it("hides exec_* and top when asked", () => {
    const exec = ev({ action: "exec_start: sh -c true" });
    expect(matchesFilter(exec, { hideExec: true })).toBe(false);
    expect(matchesFilter(ev({ action: "top" }), { hideExec: true })).toBe(false);
    expect(matchesFilter(exec, { hideExec: false, action: "exec_start" })).toBe(true);
  });
});

describe("eventHref and export", () => {
  it("links each resource kind to its page", () => {
    expect(eventHref(ev())).toBe("/containers/abc123def456");
    expect(eventHref(ev({ type: "image", id: "busybox:latest" }))).toBe("/images/busybox%3Alatest");
    expect(eventHref(ev({ type: "volume", id: "data" }))).toBe("/volumes/data");
    expect(eventHref(ev({ type: "network", id: "n1" }))).toBe("/networks/n1");
    expect(eventHref(ev({ type: "daemon", id: "d" }))).toBeUndefined();
  });
  it("exports JSON lines, oldest first", () => {
    const lines = toJsonLines([ev({ ms: 2, action: "stop" }), ev({ ms: 1, action: "start" })]).trim().split("\n");
    expect(lines.map((l) => JSON.parse(l).action)).toEqual(["start", "stop"]);
  });
});
