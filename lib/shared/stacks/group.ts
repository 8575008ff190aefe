import type { ContainerSummary } from "@/lib/shared/types/engine";
import type { StackContainer, StackService, StackSummary } from "@/lib/shared/types/stacks";
import { configFilesOf, ONEOFF_LABEL, projectOf, SERVICE_LABEL, WORKING_DIR_LABEL } from "./labels";

// Projects from labels: containers grouped by project then service, plus the project's networks and volumes.
// Pure, so the stacks route and the tests share it.

interface Labelled {
  name: string;
  labels: Record<string, string>;
}

function toStackContainer(c: ContainerSummary): StackContainer {
  return { id: c.id, name: c.name, state: c.state, status: c.status, ports: c.ports, oneoff: c.labels[ONEOFF_LABEL] === "True" };
}

function serviceOf(name: string, containers: ContainerSummary[]): StackService {
  const members = containers.map(toStackContainer).sort((a, b) => a.name.localeCompare(b.name));
  const replicas = members.filter((c) => !c.oneoff);
  return {
    name,
    image: containers[0]?.image ?? "",
    containers: members,
    running: replicas.filter((c) => c.state === "running").length,
    total: replicas.length,
  };
}

function emptyStack(name: string, managed: boolean): StackSummary {
  return { name, configFiles: [], services: [], running: 0, total: 0, networks: [], volumes: [], managed };
}

/**
 * Every project found in the labels of `containers`, `networks` and `volumes`, plus the `managed` names Berth
 * keeps files for (a stack that is down still shows), by name.
 */
export function groupStacks(
  containers: ContainerSummary[],
  networks: Labelled[],
  volumes: Labelled[],
  managed: readonly string[] = [],
): StackSummary[] {
  const stacks = new Map<string, StackSummary>();
  const byService = new Map<string, Map<string, ContainerSummary[]>>();
  const stackOf = (name: string) => {
    let s = stacks.get(name);
    if (!s) stacks.set(name, (s = emptyStack(name, managed.includes(name))));
    return s;
  };
  for (const name of managed) stackOf(name);
  // The newest container's labels say where the project lives now (it may have been moved and re-upped).
  const newestFirst = [...containers].sort((a, b) => b.created - a.created);
  for (const c of newestFirst) {
    const project = projectOf(c.labels);
    if (!project) continue;
    const stack = stackOf(project);
    if (!stack.workingDir && c.labels[WORKING_DIR_LABEL]) stack.workingDir = c.labels[WORKING_DIR_LABEL];
    if (!stack.configFiles.length) stack.configFiles = configFilesOf(c.labels);
    const services = byService.get(project) ?? new Map<string, ContainerSummary[]>();
    byService.set(project, services);
    const service = c.labels[SERVICE_LABEL] ?? "";
    services.set(service, [...(services.get(service) ?? []), c]);
  }
  for (const n of networks) {
    const project = projectOf(n.labels);
    if (project) stackOf(project).networks.push(n.name);
  }
  for (const v of volumes) {
    const project = projectOf(v.labels);
    if (project) stackOf(project).volumes.push(v.name);
  }
  for (const [project, services] of byService) {
    const stack = stacks.get(project)!;
    stack.services = [...services].map(([name, members]) => serviceOf(name, members)).sort((a, b) => a.name.localeCompare(b.name));
    stack.running = stack.services.reduce((n, s) => n + s.running, 0);
    stack.total = stack.services.reduce((n, s) => n + s.total, 0);
  }
  for (const stack of stacks.values()) {
    stack.networks.sort();
    stack.volumes.sort();
  }
  return [...stacks.values()].sort((a, b) => a.name.localeCompare(b.name));
}
