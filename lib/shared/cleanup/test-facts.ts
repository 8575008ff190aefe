// Builders for the rules' unit tests: a plausible resource with only what a test cares about overridden.
import type { BuildCacheFacts, ContainerFacts, EngineSnapshot, ImageFacts, NetworkFacts, VolumeFacts } from "./types";

export const NOW = Date.parse("2026-11-30T12:00:00Z");
export const hoursAgo = (h: number) => NOW - h * 3_600_000;
export const unixHoursAgo = (h: number) => Math.floor(hoursAgo(h) / 1000);
export const opts = { unusedImages: false, now: NOW };

export function container(over: Partial<ContainerFacts> = {}): ContainerFacts {
  return { id: "c1", name: "web", state: "exited", imageId: "sha256:aaa", image: "busybox", created: unixHoursAgo(48), sizeRw: 10, labels: {}, volumes: [], networks: [], ...over };
}

export function image(over: Partial<ImageFacts> = {}): ImageFacts {
  return { id: "sha256:aaa", parentId: "", tags: [], created: unixHoursAgo(48), size: 1000, sharedSize: 0, labels: {}, ...over };
}

export function volume(over: Partial<VolumeFacts> = {}): VolumeFacts {
  return { name: "data", driver: "local", createdAt: new Date(hoursAgo(48)).toISOString(), labels: {}, size: 500, refCount: 0, ...over };
}

export function network(over: Partial<NetworkFacts> = {}): NetworkFacts {
  return { id: "n1", name: "backend", driver: "bridge", scope: "local", createdAt: new Date(hoursAgo(48)).toISOString(), labels: {}, ingress: false, endpoints: 0, ...over };
}

export function cacheRecord(over: Partial<BuildCacheFacts> = {}): BuildCacheFacts {
  return { id: "r1", parent: "", type: "regular", description: "mount / from exec /bin/sh -c make", inUse: false, shared: false, size: 2000, createdAt: new Date(hoursAgo(48)).toISOString(), lastUsedAt: new Date(hoursAgo(30)).toISOString(), ...over };
}

export function snapshot(over: Partial<EngineSnapshot> = {}): EngineSnapshot {
  return { containers: [], images: [], parentIds: [], volumes: [], networks: [], buildCache: [], ...over };
}
