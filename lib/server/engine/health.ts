import "server-only";
import { EventEmitter } from "node:events";
import { docker, engineEndpoint } from "./client";
import { toEngineError } from "./errors";
import type { EngineHealth } from "@/lib/shared/types/engine";

// Whether the engine answers, as last seen by the events stream (which notices an engine going away
// the moment its connection drops). Shared through globalThis for the same reason as the client.
const KEY = Symbol.for("berth.docker.health");

class HealthState extends EventEmitter {
  current: EngineHealth = { reachable: false, endpoint: engineEndpoint(), message: "not checked yet", since: new Date().toISOString() };
  /** True once something (the events hub) keeps `current` up to date. */
  tracked = false;
  /** False until the engine has been asked once: "not checked yet" is no answer to give a user. */
  known = false;

  set(next: Omit<EngineHealth, "since" | "endpoint">): void {
    this.known = true;
    const changed =
      next.reachable !== this.current.reachable || next.message !== this.current.message || next.version !== this.current.version;
    if (!changed) return;
    const since = next.reachable !== this.current.reachable ? new Date().toISOString() : this.current.since;
    this.current = { ...next, endpoint: engineEndpoint(), since };
    this.emit("change", this.current);
  }
}

export function healthState(): HealthState {
  const g = globalThis as { [KEY]?: HealthState };
  g[KEY] ??= new HealthState();
  return g[KEY];
}

/** Asks the engine directly; used when nothing tracks health (e.g. a one-off script). */
export async function probeEngine(): Promise<Omit<EngineHealth, "since" | "endpoint">> {
  try {
    const v = await docker().version();
    return { reachable: true, version: v.Version, apiVersion: v.ApiVersion };
  } catch (err) {
    return { reachable: false, message: toEngineError(err).message };
  }
}

export async function currentHealth(): Promise<EngineHealth> {
  const state = healthState();
  if (!state.tracked || !state.known) state.set(await probeEngine());
  return state.current;
}
