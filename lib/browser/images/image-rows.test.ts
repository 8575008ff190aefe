import { describe, expect, it } from "vitest";
import type { ImageListItem } from "@/lib/shared/types/images";
import { filterRows, sortRows, splitRepoTag, toImageRows } from "./image-rows";

function image(id: string, tags: string[], size: number, created: number): ImageListItem {
  return { id, tags, size, created, digests: [], dangling: tags.length === 0, parentId: "", labels: {} };
}

const images = [
  image("sha256:aaa", ["busybox:latest", "host:5000/a/b:tag"], 100, 3),
  image("sha256:bbb", [], 50, 2),
  image("sha256:ccc", ["app:v1"], 300, 1),
];
const users = new Map([["sha256:aaa", ["web"]]]);

describe("image rows", () => {
  it("splits repo and tag, keeping a registry port in the repository", () => {
    expect(splitRepoTag("host:5000/a/b:tag")).toEqual(["host:5000/a/b", "tag"]);
    expect(splitRepoTag("host:5000/a/b")).toEqual(["host:5000/a/b", ""]);
    expect(splitRepoTag("busybox:latest")).toEqual(["busybox", "latest"]);
  });

  it("makes one row per tag and one <none> row for a dangling image", () => {
    const rows = toImageRows(images, users);
    expect(rows.map((r) => `${r.repository}:${r.tag}`)).toEqual(["busybox:latest", "host:5000/a/b:tag", "<none>:<none>", "app:v1"]);
    expect(rows[0]!.containers).toEqual(["web"]);
  });

  it("filters by usage and text", () => {
    const rows = toImageRows(images, users);
    expect(filterRows(rows, { usage: "in-use", text: "" })).toHaveLength(2);
    expect(filterRows(rows, { usage: "unused", text: "" })).toHaveLength(2);
    expect(filterRows(rows, { usage: "any", text: "APP" }).map((r) => r.tag)).toEqual(["v1"]);
    expect(filterRows(rows, { usage: "any", text: "web" })).toHaveLength(2);
    expect(filterRows(rows, { usage: "any", text: "ccc" })).toHaveLength(1);
  });

  it("sorts by size and age", () => {
    const rows = toImageRows(images, users);
    expect(sortRows(rows, "size", "desc")[0]!.tag).toBe("v1");
    expect(sortRows(rows, "size", "asc")[0]!.tag).toBe("<none>");
    expect(sortRows(rows, "created", "asc")[0]!.tag).toBe("v1");
  });
});
