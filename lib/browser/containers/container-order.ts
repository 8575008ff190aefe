import type { ContainerSummary } from "@/lib/shared/types/engine";

const byName = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" });

/** Running first, then the rest; each group by name (numeric-aware, so web-2 < web-10). */
export function sortContainers<T extends ContainerSummary>(containers: readonly T[]): T[] {
  return [...containers].sort((a, b) => {
    const ra = a.state === "running" ? 0 : 1;
    const rb = b.state === "running" ? 0 : 1;
    return ra - rb || byName.compare(a.name, b.name);
  });
}
