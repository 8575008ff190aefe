import { describe, expect, it } from "vitest";
import type { EngineEvent } from "@/lib/shared/types/engine";
import { keyUnderPrefixes, resourcePrefixesFor } from "./resource-event-keys";

const ev = (type: string, action: string): EngineEvent => ({ type, action, id: "x", attributes: {}, timeNano: "0" });

describe("resourcePrefixesFor", () => {
  it("maps each resource's events to its screens", () => {
    expect(resourcePrefixesFor(ev("image", "pull"))).toEqual(["/api/images", "/api/cleanup", "/api/system"]);
    expect(resourcePrefixesFor(ev("volume", "create"))).toEqual(["/api/volumes", "/api/cleanup", "/api/stacks"]);
    expect(resourcePrefixesFor(ev("network", "connect"))).toEqual(["/api/networks"]);
    expect(resourcePrefixesFor(ev("network", "destroy"))).toEqual(["/api/networks", "/api/cleanup", "/api/stacks"]);
    expect(resourcePrefixesFor(ev("container", "destroy"))).toEqual(["/api/volumes", "/api/networks", "/api/cleanup", "/api/system", "/api/stacks", "/api/security"]);
    expect(resourcePrefixesFor(ev("container", "start"))).toEqual(["/api/cleanup", "/api/system", "/api/stacks", "/api/security"]);
    expect(resourcePrefixesFor(ev("container", "health_status: healthy"))).toContain("/api/stacks");
    // A rename changes the cleanup preview's names, not the System screen's counts.
    expect(resourcePrefixesFor(ev("container", "rename"))).toEqual(expect.not.arrayContaining(["/api/system"]));
    expect(resourcePrefixesFor(ev("container", "exec_start"))).toEqual([]);
    expect(resourcePrefixesFor(ev("daemon", "reload"))).toEqual([]);
  });
});

describe("keyUnderPrefixes", () => {
  it("matches string keys under a prefix, never a volume folder's (non-URL) key", () => {
    expect(keyUnderPrefixes("/api/images?all=1", ["/api/images"])).toBe(true);
    expect(keyUnderPrefixes("/api/volumes/data", ["/api/volumes"])).toBe(true);
    expect(keyUnderPrefixes(["volume-folder", "data", "/"], ["/api/volumes"])).toBe(false);
    expect(keyUnderPrefixes("/api/containers?all=1", ["/api/images"])).toBe(false);
    expect(keyUnderPrefixes(["/api/images"], ["/api/images"])).toBe(false);
    expect(keyUnderPrefixes("/api/cleanup?unusedImages=1", ["/api/cleanup"])).toBe(true);
  });
});
