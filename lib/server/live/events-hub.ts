import "server-only";
import type { Server } from "socket.io";
import type { Engine } from "@/lib/server/engine/engine";
import type { EngineEvent, EngineHealth } from "@/lib/shared/types/engine";

export const ENGINE_ROOM = "engine";

/**
 * Fans an engine's events and health out to every connected browser. The engine layer owns the stream (one per
 * engine, reopened with backoff); this only forwards what it reports. Returns the detach.
 */
export function startEventsHub(io: Server, engine: Engine): { stop: () => void } {
  const onHealth = (h: EngineHealth) => io.to(ENGINE_ROOM).emit("engine:health", h);
  const onEvent = (event: EngineEvent) => io.to(ENGINE_ROOM).emit("engine:event", event);
  // What the container store learnt from an event (or a refill): the rows to show anew and the ids gone, so
  // browsers patch their list instead of fetching it whole.
  const stopChanges = engine.containers.onChange((change) => io.to(ENGINE_ROOM).emit("containers:changed", change));
  engine.health.on("change", onHealth);
  engine.events.on("event", onEvent);
  engine.events.start();
  return {
    stop: () => {
      stopChanges();
      engine.events.off("event", onEvent);
      engine.health.off("change", onHealth);
      engine.events.stop();
    },
  };
}
