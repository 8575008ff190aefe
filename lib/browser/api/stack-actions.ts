import type { Task } from "@/lib/shared/types/images";
import type { DownPreview, ProjectAction, ServiceAction } from "@/lib/shared/stacks/actions";
import { fetchJson, postJson } from "./fetch-json";
import { stackPath } from "@/lib/browser/paths/stacks";

export function runStackAction(name: string, action: ProjectAction, body: { volumes?: boolean } = {}): Promise<{ taskId: string; task: Task }> {
  return postJson(`${stackPath(name)}/${action}`, body);
}

export function runServiceAction(name: string, service: string, action: ServiceAction, replicas?: number): Promise<{ taskId: string; task: Task }> {
  return postJson(`${stackPath(name)}/services/${encodeURIComponent(service)}/${action}`, replicas === undefined ? {} : { replicas });
}

export function fetchDownPreview(name: string, volumes: boolean): Promise<{ preview: DownPreview }> {
  return fetchJson(`${stackPath(name)}/down-preview${volumes ? "?volumes=1" : ""}`);
}

export function previewStackEdit(name: string, path: string, content: string): Promise<{ before: string; after: string }> {
  return postJson(`${stackPath(name)}/files/preview`, { path, content });
}

export function saveStackEdit(name: string, path: string, content: string, redeploy: boolean): Promise<{ saved: string; task?: Task }> {
  return fetchJson(`${stackPath(name)}/files`, {
    method: "PUT",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ path, content, redeploy }),
  });
}

export function createStack(input: { name: string; compose: string; env?: string }): Promise<{ name: string; taskId: string; task: Task }> {
  return postJson("/api/stacks", input);
}
