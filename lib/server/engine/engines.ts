import "server-only";
import { dockerEndpointFromEnv } from "@/lib/server/config";
import { processWide } from "@/lib/server/process-state";
import { Engine } from "./engine";
import { ApiError } from "@/lib/shared/errors";

// The engines this process talks to, by host id. Today one: "local", the engine of DOCKER_HOST; more hosts are
// more entries here.
export const LOCAL_ENGINE_ID = "local";

function engineMap(): Map<string, Engine> {
  return processWide("engines", () => new Map([[LOCAL_ENGINE_ID, new Engine(LOCAL_ENGINE_ID, dockerEndpointFromEnv())]]));
}

/** The engine for `id`; an unknown host id is the caller's 404. */
export function getEngine(id: string = LOCAL_ENGINE_ID): Engine {
  const engine = engineMap().get(id);
  if (!engine) throw new ApiError("not_found", `No such Docker host: ${id}`);
  return engine;
}

export function allEngines(): Engine[] {
  return [...engineMap().values()];
}
