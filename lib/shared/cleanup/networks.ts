import { BUILT_IN_NETWORKS } from "@/lib/shared/schemas/networks";
import { engineTimeMs, withCommonRules } from "./common";
import type { CleanupOptions, ContainerFacts, NetworkFacts, Verdict } from "./types";

/** Containers (any state: a stopped one stays connected) by network id and by name. */
export function containersByNetwork(containers: readonly ContainerFacts[]): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const c of containers) {
    for (const ref of new Set(c.networks)) users.set(ref, [...(users.get(ref) ?? []), c.name]);
  }
  return users;
}

/** Who uses the network, by its id or its name, without counting a container twice. */
export function networkUsers(n: Pick<NetworkFacts, "id" | "name">, byNetwork: Map<string, string[]>): string[] {
  return [...new Set([...(byNetwork.get(n.id) ?? []), ...(byNetwork.get(n.name) ?? [])])];
}

/**
 * A user-defined network with no endpoint and no container (any state) connected is offered. The engine's
 * own (bridge, host, none) and swarm's ingress never are.
 */
export function networkVerdict(n: NetworkFacts, users: readonly string[], opts: Pick<CleanupOptions, "olderThanHours" | "now">): Verdict {
  const base: Verdict = BUILT_IN_NETWORKS.includes(n.name)
    ? { offer: false, reason: "Built-in network" }
    : n.ingress
      ? { offer: false, reason: "Swarm's ingress network" }
      : users.length > 0
        ? { offer: false, reason: `${users.length === 1 ? "Container" : "Containers"} ${users.join(", ")} connected` }
        : n.endpoints > 0
          ? { offer: false, reason: `${n.endpoints} active ${n.endpoints === 1 ? "endpoint" : "endpoints"}` }
          : { offer: true, reason: "No container is connected" };
  return withCommonRules(base, n.labels, engineTimeMs(n.createdAt), opts);
}
