import type { ImageListItem } from "@/lib/shared/types/images";

export type UsageFilter = "any" | "in-use" | "unused";
export type SortKey = "created" | "size";
export type SortDir = "asc" | "desc";

/** One line per repository:tag, like `docker images`; an untagged image is one `<none>` line. */
export interface ImageRow {
  key: string;
  image: ImageListItem;
  repository: string;
  tag: string;
  /** Names of the containers (any state) made from this image. */
  containers: string[];
}

/** "host:5000/a/b:tag" → ["host:5000/a/b", "tag"]: the tag is after the last ":" that has no "/" after it. */
export function splitRepoTag(repoTag: string): [string, string] {
  const colon = repoTag.lastIndexOf(":");
  if (colon === -1 || repoTag.slice(colon).includes("/")) return [repoTag, ""];
  return [repoTag.slice(0, colon), repoTag.slice(colon + 1)];
}

export function toImageRows(images: ImageListItem[], usersByImage: Map<string, string[]>): ImageRow[] {
  return images.flatMap((image) => {
    const containers = usersByImage.get(image.id) ?? [];
    if (image.tags.length === 0) {
      const repository = image.digests[0]?.split("@")[0] ?? "<none>";
      return [{ key: image.id, image, repository, tag: "<none>", containers }];
    }
    return image.tags.map((t) => {
      const [repository, tag] = splitRepoTag(t);
      return { key: `${image.id}|${t}`, image, repository, tag, containers };
    });
  });
}

export function filterRows(rows: ImageRow[], opts: { usage: UsageFilter; text: string }): ImageRow[] {
  const needle = opts.text.trim().toLowerCase();
  return rows.filter((row) => {
    if (opts.usage === "in-use" && row.containers.length === 0) return false;
    if (opts.usage === "unused" && row.containers.length > 0) return false;
    if (!needle) return true;
    return (
      row.repository.toLowerCase().includes(needle) ||
      row.tag.toLowerCase().includes(needle) ||
      row.image.id.replace(/^sha256:/, "").startsWith(needle) ||
      row.containers.some((c) => c.toLowerCase().includes(needle))
    );
  });
}

export function sortRows(rows: ImageRow[], key: SortKey, dir: SortDir): ImageRow[] {
  const sign = dir === "asc" ? 1 : -1;
  return rows.slice().sort((a, b) => {
    const diff = key === "size" ? a.image.size - b.image.size : a.image.created - b.image.created;
    return diff !== 0 ? diff * sign : `${a.repository}:${a.tag}`.localeCompare(`${b.repository}:${b.tag}`);
  });
}
