import type { ImageDetail, Task } from "@/lib/shared/types/images";
import { fetchJson, postJson } from "./fetch-json";
import { imagePath } from "@/lib/browser/paths/images";

export async function tagImage(id: string, reference: string): Promise<{ image: ImageDetail; reference: string }> {
  return postJson(`${imagePath(id)}/tag`, { reference });
}

export async function removeImage(id: string, force: boolean): Promise<{ removed: { untagged: string[]; deleted: string[] } }> {
  return fetchJson(`${imagePath(id)}${force ? "?force=1" : ""}`, { method: "DELETE" });
}

export async function pullImage(reference: string): Promise<{ taskId: string; task: Task }> {
  return postJson("/api/images/pull", { reference });
}

export async function cancelTask(id: string): Promise<{ task: Task }> {
  return postJson(`/api/tasks/${encodeURIComponent(id)}/cancel`);
}

export async function pushImage(id: string, reference: string): Promise<{ taskId: string; task: Task }> {
  return postJson(`${imagePath(id)}/push`, { reference });
}
