import type { ImageDetail, Task } from "@/lib/docker/image-types";
import { fetchJson } from "@/lib/client/fetch-json";
import { imagePath } from "./paths";

const JSON_POST = { method: "POST", headers: { "Content-Type": "application/json" } } as const;

export async function tagImage(id: string, reference: string): Promise<{ image: ImageDetail; reference: string }> {
  return fetchJson(`${imagePath(id)}/tag`, { ...JSON_POST, body: JSON.stringify({ reference }) });
}

export async function removeImage(id: string, force: boolean): Promise<{ removed: { untagged: string[]; deleted: string[] } }> {
  return fetchJson(`${imagePath(id)}${force ? "?force=1" : ""}`, { method: "DELETE" });
}

export async function pullImage(reference: string): Promise<{ taskId: string; task: Task }> {
  return fetchJson("/api/images/pull", { ...JSON_POST, body: JSON.stringify({ reference }) });
}

export async function cancelTask(id: string): Promise<{ task: Task }> {
  return fetchJson(`/api/tasks/${encodeURIComponent(id)}/cancel`, { ...JSON_POST, body: "{}" });
}

export async function pushImage(id: string, reference: string): Promise<{ taskId: string; task: Task }> {
  return fetchJson(`${imagePath(id)}/push`, { ...JSON_POST, body: JSON.stringify({ reference }) });
}
