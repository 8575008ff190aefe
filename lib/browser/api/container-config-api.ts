import type { ContainerDetail } from "@/lib/shared/types/engine";
import type { ConfigDiffRow } from "@/lib/shared/types/container-config";
import type { CreateContainerInput, RecreateInput, UpdateContainerInput } from "@/lib/shared/schemas/container-config";
import { ApiError } from "./api-error";
import { containerPath } from "@/lib/browser/paths/containers";

/** An API failure that names the form fields at fault (`{ "ports.0.hostPort": "…" }`). */
export class FieldsError extends ApiError {
  constructor(
    status: number,
    code: string,
    message: string,
    readonly fields: Record<string, string>,
  ) {
    super(status, code, message);
    this.name = "FieldsError";
  }
}

async function send<T>(url: string, method: string, body: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(url, {
      method,
      cache: "no-store",
      headers: { Accept: "application/json", "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network_error", "Cannot reach the Berth server");
  }
  const data = (await res.json().catch(() => undefined)) as
    | { error?: { code?: string; message?: string; fields?: Record<string, string> } }
    | undefined;
  if (!res.ok) {
    const e = data?.error;
    throw new FieldsError(res.status, e?.code ?? `http_${res.status}`, e?.message ?? `Request failed with status ${res.status}`, e?.fields ?? {});
  }
  return data as T;
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
