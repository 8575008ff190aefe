import type { ContainerSummary } from "@/lib/shared/types/engine";
import { projectOf } from "@/lib/shared/stacks/labels";

/** One group of the containers list: a Compose project, or (project undefined) the standalone containers. */
export interface ContainerGroup {
  project?: string;
  containers: ContainerSummary[];
  running: number;
}

/** Projects by name, each keeping the list's order inside; standalone containers last. */
export function groupByProject(containers: readonly ContainerSummary[]): ContainerGroup[] {
  const groups = new Map<string | undefined, ContainerSummary[]>();
  for (const c of containers) {
    const project = projectOf(c.labels);
    groups.set(project, [...(groups.get(project) ?? []), c]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)))
    .map(([project, members]) => ({ project, containers: members, running: members.filter((c) => c.state === "running").length }));
}

/** The rows the keyboard walks: every group's, less those of collapsed groups. */
export function visibleRows(groups: readonly ContainerGroup[], collapsed: ReadonlySet<string>): ContainerSummary[] {
  return groups.flatMap((g) => (g.project !== undefined && collapsed.has(g.project) ? [] : g.containers));
}
