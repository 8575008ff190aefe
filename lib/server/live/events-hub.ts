import "server-only";
import type { Server } from "socket.io";
import { followEngineEvents } from "@/lib/server/engine/events";
import { healthState, probeEngine } from "@/lib/server/engine/health";
import { toEngineError } from "@/lib/server/engine/errors";
import { recentChanges } from "@/lib/server/engine/recent-changes";
import { auditCache } from "@/lib/server/security/audit-cache";

export const ENGINE_ROOM = "engine";

// Backoff between reconnect attempts: quick at first so a restarted engine is picked up at once,
// capped so a host without Docker is not hammered.
const BACKOFF_MS = [250, 500, 1000, 2000, 3000];

/**
 * The one engine events stream of this server. It feeds engine health (the stream dropping is how we
 * learn the engine went away) and fans each event out to every connected browser.
 */
export function startEventsHub(io: Server): { stop: () => void } {
  const health = healthState();
  health.tracked = true;
  const stopping = new AbortController();
  health.on("change", (h) => io.to(ENGINE_ROOM).emit("engine:health", h));

  const loop = async () => {
    let attempt = 0;
    while (!stopping.signal.aborted) {
      const connection = new AbortController();
      let opened = false;
      const abort = () => connection.abort();
      stopping.signal.addEventListener("abort", abort, { once: true });
      try {
        await followEngineEvents(
          // Healthy only once the stream is open, so nothing that happens after the browsers
          // revalidate on "reachable" can be missed.
          async () => {
            opened = true;
            const probe = await probeEngine();
            health.set(probe);
            if (probe.reachable) attempt = 0;
          },
          (event) => {
            if (event.type === "container" && !event.action.startsWith("exec_")) recentChanges().note(event.id);
            auditCache().noteEvent(event);
            io.to(ENGINE_ROOM).emit("engine:event", event);
          },
          connection.signal,
        );
        if (!stopping.signal.aborted) health.set({ reachable: false, message: "the engine closed its events stream" });
      } catch (err) {
        if (!stopping.signal.aborted) {
          // A dropped stream says "aborted" or "socket hang up"; the user needs to know the engine went away.
          const message = opened ? "the connection to the engine was lost" : toEngineError(err).message;
          health.set({ reachable: false, message });
        }
      } finally {
        stopping.signal.removeEventListener("abort", abort);
      }
      if (stopping.signal.aborted) break;
      await new Promise((r) => setTimeout(r, BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)]));
    }
  };
  void loop();
  return { stop: () => stopping.abort() };
}
