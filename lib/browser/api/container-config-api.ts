import type { ContainerDetail } from "@/lib/shared/types/engine";
import type { ConfigDiffRow } from "@/lib/shared/types/container-config";
import type { CreateContainerInput, RecreateInput, UpdateContainerInput } from "@/lib/shared/schemas/container-config";
import { fetchJson } from "./fetch-json";
import { containerPath } from "@/lib/browser/paths/containers";

function send<T>(url: string, method: "POST" | "PATCH", body: unknown): Promise<T> {
  return fetchJson<T>(url, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

export function createContainerRequest(body: CreateContainerInput) {
  return send<{ container: ContainerDetail }>("/api/containers", "POST", body);
}

export function updateContainerRequest(id: string, body: UpdateContainerInput) {
  return send<{ container: ContainerDetail }>(containerPath(id), "PATCH", body);
}

export function previewRecreateRequest(id: string, body: RecreateInput) {
  return send<{ diff: ConfigDiffRow[] }>(`${containerPath(id)}/recreate/preview`, "POST", body);
}

export function recreateRequest(id: string, body: RecreateInput) {
  return send<{ container: ContainerDetail }>(`${containerPath(id)}/recreate`, "POST", { ...body, confirm: true });
}

export function settingsPath(id: string): string {
  return `${containerPath(id)}/recreate`;
}
