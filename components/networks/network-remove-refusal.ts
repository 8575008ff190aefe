import type { NetworkInfo } from "@/lib/shared/types/networks";

/** Why the engine will refuse to remove this network, or undefined when it will not. */
export function networkRemoveRefusal(n: Pick<NetworkInfo, "name" | "builtIn" | "containers">): string | undefined {
  if (n.builtIn) return `${n.name} is a built-in network and cannot be removed.`;
  if (n.containers.length) return `Attached: ${n.containers.map((c) => c.name).join(", ")}. Disconnect them first: the removal will be refused.`;
  return undefined;
}
