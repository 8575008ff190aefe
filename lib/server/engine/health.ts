import "server-only";
import { EventEmitter } from "node:events";
import type Docker from "dockerode";
import type { EngineHealth } from "@/lib/shared/types/engine";
import { toEngineError } from "./errors";

export type HealthReading = Omit<EngineHealth, "since" | "endpoint">;

/**
 * Whether one engine answers, as last seen by its events stream (which notices the engine going away the moment its
 * connection drops). Emits "change" with the new EngineHealth.
 */
export class HealthState extends EventEmitter {
  current: EngineHealth;
  /** True once something (the engine's events stream) keeps `current` up to date. */
  tracked = false;
  /** False until the engine has been asked once: "not checked yet" is no answer to give a user. */
  known = false;

  constructor(private readonly endpoint: string) {
    super();
    this.current = { reachable: false, endpoint, message: "not checked yet", since: new Date().toISOString() };
  }

  set(next: HealthReading): void {
    this.known = true;
    const changed =
      next.reachable !== this.current.reachable || next.message !== this.current.message || next.version !== this.current.version;
    if (!changed) return;
    const since = next.reachable !== this.current.reachable ? new Date().toISOString() : this.current.since;
    this.current = { ...next, endpoint: this.endpoint, since };
    this.emit("change", this.current);
  }
}

/** Asks the engine directly. */
export async function probeEngine(docker: Docker): Promise<HealthReading> {
  try {
    const v = await docker.version();
    return { reachable: true, version: v.Version, apiVersion: v.ApiVersion };
  } catch (err) {
    return { reachable: false, message: toEngineError(err).message };
  }
}

/** The engine's health as the events stream last saw it; asked afresh when nothing keeps it current. */
export async function currentHealth(health: HealthState, docker: Docker): Promise<EngineHealth> {
  if (!health.tracked || !health.known) health.set(await probeEngine(docker));
  return health.current;
}
