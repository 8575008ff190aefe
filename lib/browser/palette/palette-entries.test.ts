import { describe, expect, it } from "vitest";
import { rankEntries, type PaletteEntry } from "./palette-entries";

const c = (name: string): PaletteEntry => ({ kind: "container", key: name, label: name, href: `/containers/${name}` });
const entries: PaletteEntry[] = [
  { kind: "screen", key: "images", label: "Images", href: "/images" },
  c("web-1"),
  c("web-2"),
  c("worker"),
  { kind: "image", key: "nginx:1", label: "nginx:1", href: "/images/nginx%3A1" },
];
const labels = (list: PaletteEntry[]) => list.map((e) => e.label);

describe("rankEntries", () => {
  it("matches fuzzily by name", () => {
    expect(labels(rankEntries(entries, "wb2", new Set(), []))).toEqual(["web-2"]);
    expect(labels(rankEntries(entries, "ngx", new Set(), []))).toEqual(["nginx:1"]);
  });

  it("pins favourites first, then recent ones, among matches", () => {
    const ranked = rankEntries(entries, "w", new Set(["worker"]), ["container:web-2"]);
    expect(labels(ranked).slice(0, 2)).toEqual(["worker", "web-2"]);
  });

  it("with no query shows favourites, recents (latest first), then screens", () => {
    const ranked = rankEntries(entries, "", new Set(["web-1"]), ["image:nginx:1", "container:worker"]);
    expect(labels(ranked)).toEqual(["web-1", "nginx:1", "worker", "Images"]);
  });
});
