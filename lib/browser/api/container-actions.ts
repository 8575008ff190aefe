import type { ContainerDetail } from "@/lib/shared/types/engine";
import type { ContainerVerb } from "@/lib/shared/containers/verbs";
import { containerPath } from "@/lib/browser/paths/containers";
import { fetchJson, postJson } from "./fetch-json";

export async function runContainerVerb(idOrName: string, verb: ContainerVerb): Promise<ContainerDetail> {
  const { container } = await postJson<{ container: ContainerDetail }>(`${containerPath(idOrName)}/${verb}`);
  return container;
}

export interface RemoveOptions {
  force: boolean;
  volumes: boolean;
}

/** Resolves to the removed container's id. */
export async function removeContainer(idOrName: string, { force, volumes }: RemoveOptions): Promise<string> {
  const query = new URLSearchParams();
  if (force) query.set("force", "1");
  if (volumes) query.set("volumes", "1");
  const qs = query.toString();
  const { removed } = await fetchJson<{ removed: string }>(`${containerPath(idOrName)}${qs ? `?${qs}` : ""}`, {
    method: "DELETE",
  });
  return removed;
}
