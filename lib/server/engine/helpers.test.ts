import { describe, expect, it, vi } from "vitest";
import type { EngineEvent } from "@/lib/shared/types/engine";

vi.mock("server-only", () => ({}));
const { HELPER_LABEL, HelperIds, isHelper, withoutHelpers } = await import("./helpers");

const ev = (type: string, action: string, id: string, attributes: Record<string, string> = {}): EngineEvent => ({ type, action, id, attributes, timeNano: "0" });

describe("helpers", () => {
  it("a helper is a container with the label, whatever its value", () => {
    expect(isHelper({ [HELPER_LABEL]: "volume-browse" })).toBe(true);
    expect(isHelper({ [HELPER_LABEL]: "" })).toBe(true);
    expect(isHelper({ "berth.helperish": "x" })).toBe(false);
    expect(isHelper(null)).toBe(false);
    expect(withoutHelpers([{ Labels: { [HELPER_LABEL]: "probe" } }, { Labels: null }, {}])).toEqual([{ Labels: null }, {}]);
  });

  it("recognises a helper's container events by label, and its volume and network events by the id it learnt", () => {
    const ids = new HelperIds();
    // Before anything is known of h1, a volume event naming it passes.
    expect(ids.isHelperEvent(ev("volume", "mount", "data", { container: "h1" }))).toBe(false);
    expect(ids.isHelperEvent(ev("container", "create", "h1", { [HELPER_LABEL]: "volume-browse", name: "berth-volume-helper-1" }))).toBe(true);
    expect(ids.isHelperEvent(ev("volume", "mount", "data", { container: "h1" }))).toBe(true);
    expect(ids.isHelperEvent(ev("network", "connect", "n1", { container: "h1" }))).toBe(true);
    expect(ids.isHelperEvent(ev("container", "exec_start: sh -c find", "h1", { [HELPER_LABEL]: "volume-browse" }))).toBe(true);
    expect(ids.isHelperEvent(ev("container", "start", "user1", { name: "web" }))).toBe(false);
    expect(ids.isHelperEvent(ev("volume", "mount", "data", { container: "user1" }))).toBe(false);
    expect(ids.isHelperEvent(ev("image", "tag", "sha256:x"))).toBe(false);
  });

  it("keeps a bounded memory of ids, the newest", () => {
    const ids = new HelperIds();
    for (let i = 0; i < 1500; i++) ids.note(`h${i}`);
    expect(ids.has("h0")).toBe(false);
    expect(ids.has("h1499")).toBe(true);
  });
});
