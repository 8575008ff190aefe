import { withCommonRules } from "./common";
import type { CleanupOptions, ContainerFacts, ImageFacts, Verdict } from "./types";

/** Containers (any state) by the image id they run: the engine's `ImageID`, never the `Image` text a user typed. */
export function containersByImage(containers: readonly ContainerFacts[]): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const c of containers) {
    if (!c.imageId) continue;
    users.set(c.imageId, [...(users.get(c.imageId) ?? []), c.name]);
  }
  return users;
}

export interface ImageUse {
  /** Names of containers (any state) made from it. */
  users: string[];
  /** Some other image (an intermediate layer included) has it as parent. */
  isParent: boolean;
}

/**
 * Dangling (no tag) images are offered; with `unusedImages`, tagged ones too. Never one a container of any
 * state runs, and never the parent of another image: the engine refuses that ("has dependent child images")
 * and removes untagged parents by itself with the last child.
 */
export function imageVerdict(img: ImageFacts, use: ImageUse, opts: Pick<CleanupOptions, "unusedImages" | "olderThanHours" | "now">): Verdict {
  const base: Verdict =
    use.users.length > 0
      ? { offer: false, reason: `Used by ${use.users.length === 1 ? "container" : "containers"} ${use.users.join(", ")}` }
      : use.isParent
        ? { offer: false, reason: "Other images are built on it: it goes with the last of them" }
        : img.tags.length === 0
          ? { offer: true, reason: "Dangling: no tag, no container uses it" }
          : opts.unusedImages
            ? { offer: true, reason: "Unused: no container uses it" }
            : { offer: false, reason: "Tagged: only offered with “include unused images”" };
  return withCommonRules(base, img.labels, img.created ? img.created * 1000 : undefined, opts);
}

/** What removing it gives back: the layers no other image shares. */
export function imageUniqueSize(img: ImageFacts): number {
  return img.sharedSize >= 0 ? Math.max(0, img.size - img.sharedSize) : img.size;
}
