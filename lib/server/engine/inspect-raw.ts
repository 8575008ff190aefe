import "server-only";
import { toEngineError } from "./errors";
import type { Engine } from "./engine";

/**
 * The engine's own inspect JSON, untouched, for the Inspect tab (everything `docker inspect` shows).
 * Env values are in it: the browser masks them until the user asks.
 */
export async function inspectContainerRaw(engine: Engine, ref: string): Promise<Record<string, unknown>> {
  try {
    return (await engine.docker.getContainer(ref).inspect()) as unknown as Record<string, unknown>;
  } catch (err) {
    throw toEngineError(err);
  }
}
