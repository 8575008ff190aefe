import "server-only";
import type { UpdateContainerChanges } from "@/lib/shared/schemas/container-config";
import { inspectContainer } from "./containers";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

// What the engine can change on a live container: its name (rename) and, through `docker update`,
// restart policy and memory/CPU limits. Same id before and after; nothing is recreated here.

interface RawHostLimits {
  Memory?: number;
  MemorySwap?: number;
}

/** The `docker update` body for the changes; `null` when nothing but the name changes. */
export function buildUpdateBody(changes: UpdateContainerChanges, current: RawHostLimits): Record<string, unknown> | null {
  const body: Record<string, unknown> = {};
  if (changes.restartPolicy) {
    body.RestartPolicy = { Name: changes.restartPolicy.name, MaximumRetryCount: changes.restartPolicy.maximumRetryCount };
  }
  if (changes.memory !== undefined) {
    body.Memory = changes.memory;
    // The engine refuses a memory limit above the current swap limit; move swap along the way
    // `docker run -m` sets it (twice the memory), unless swap was unlimited.
    body.MemorySwap = current.MemorySwap === -1 ? -1 : changes.memory * 2;
  }
  if (changes.cpus !== undefined) body.NanoCpus = Math.round(changes.cpus * 1e9);
  return Object.keys(body).length ? body : null;
}

export async function updateContainer(engine: Engine, ref: string, changes: UpdateContainerChanges): Promise<ContainerDetail> {
  const c0 = engine.docker.getContainer(ref);
  let raw: { Id: string; Name?: string; HostConfig?: RawHostLimits };
  try {
    raw = await c0.inspect();
  } catch (err) {
    throw toEngineError(err);
  }
  // Act on the resolved id: after a rename the old name no longer finds it.
  const c = engine.docker.getContainer(raw.Id);
  const body = buildUpdateBody(changes, raw.HostConfig ?? {});
  if (body) {
    try {
      await c.update(body);
    } catch (err) {
      const e = toEngineError(err);
      const field = changes.memory !== undefined ? "memory" : changes.cpus !== undefined ? "cpus" : "restartPolicy";
      throw new ApiError(e.status === 404 ? "not_found" : "invalid_request", e.message, { fields: { [field]: e.message } });
    }
  }
  if (changes.name && changes.name !== (raw.Name ?? "").replace(/^\//, "")) {
    try {
      await c.rename({ name: changes.name });
    } catch (err) {
      const e = toEngineError(err);
      if (e.status === 409) {
        throw new ApiError("conflict", `The name ${changes.name} is already in use`, { fields: { name: `A container named ${changes.name} already exists` } });
      }
      throw e;
    }
  }
  return inspectContainer(engine, raw.Id);
}

