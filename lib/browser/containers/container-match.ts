import type { ContainerSummary } from "@/lib/shared/types/engine";

/** The filter box: name or image substring, id prefix, or state word prefix ("run", "exited"). */
export function matchesFilter(container: ContainerSummary, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return (
    container.name.toLowerCase().includes(q) ||
    container.image.toLowerCase().includes(q) ||
    container.id.toLowerCase().startsWith(q) ||
    container.state.startsWith(q)
  );
}

/** Whether a URL reference (name, full id or id prefix) points at this container. */
export function refersTo(container: ContainerSummary, ref: string): boolean {
  const r = ref.replace(/^\//, "");
  if (!r) return false;
  return container.name === r || container.id === r || (r.length >= 4 && container.id.startsWith(r));
}

export function findByRef<T extends ContainerSummary>(containers: readonly T[], ref: string | undefined): T | undefined {
  if (!ref) return undefined;
  // Names win over id prefixes: a container may well be called "abcd".
  return containers.find((c) => c.name === ref.replace(/^\//, "")) ?? containers.find((c) => refersTo(c, ref));
}
