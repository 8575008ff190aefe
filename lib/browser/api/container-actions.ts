import type { ContainerDetail, RemovalPreviewRow } from "@/lib/shared/types/engine";
import type { Task } from "@/lib/shared/types/images";
import type { ContainerVerb } from "@/lib/shared/containers/verbs";
import type { BulkContainersBody } from "@/lib/shared/schemas/containers";
import { CONTAINERS_PREFIX, containerPath } from "@/lib/browser/paths/containers";
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

/** Starts one task for the lot (the task centre follows it); resolves to the task as it began. */
export async function runBulkAction(body: BulkContainersBody): Promise<Task> {
  const { task } = await postJson<{ task: Task }>(`${CONTAINERS_PREFIX}/bulk`, body);
  return task;
}

/** What removing these would take: each container and its anonymous volumes. */
export async function previewBulkRemoval(ids: string[]): Promise<RemovalPreviewRow[]> {
  const { containers } = await postJson<{ containers: RemovalPreviewRow[] }>(`${CONTAINERS_PREFIX}/bulk/preview`, { ids });
  return containers;
}
