import "server-only";
import { statsWatchPayload } from "@/lib/shared/schemas/stats";
import type { LiveChannel } from "./channel";
import { statsHub } from "./stats-hub";
import { toEngineError } from "@/lib/server/engine/errors";

/**
 * `stats:watch` / `stats:unwatch` { container }: join or leave a container's stats room. The hub keeps
 * one engine stream per container for all sockets; this socket's share is released on unwatch and on
 * disconnect. Samples arrive as `stats:sample` { id, sample }.
 */
export const statsChannel: LiveChannel = (io, socket, engine) => {
  const hub = statsHub(io, engine);
  // What this socket watches: the ref it asked with → the full id.
  const watched = new Map<string, string>();
  const pending = new Map<string, Promise<string | undefined>>();

  const fail = (ref: string | undefined, message: string, ack?: unknown) => {
    if (typeof ack === "function") ack({ ok: false, error: message });
    socket.emit("stats:error", { ref, message });
  };

  socket.on("stats:watch", (payload: unknown, ack?: unknown) => {
    const parsed = statsWatchPayload.safeParse(payload);
    if (!parsed.success) return fail(undefined, "stats:watch needs { container: <id or name> }", ack);
    const ref = parsed.data.container;
    if (watched.has(ref)) {
      if (typeof ack === "function") ack({ ok: true, id: watched.get(ref) });
      return;
    }
    const p = hub
      .watch(socket, ref)
      .then((id) => {
        if (socket.disconnected || !pending.has(ref)) {
          // Left (or unwatched) while we resolved the name: release at once.
          hub.unwatch(socket, id);
          return undefined;
        }
        watched.set(ref, id);
        if (typeof ack === "function") ack({ ok: true, id });
        return id;
      })
      .catch((err: unknown) => {
        fail(ref, toEngineError(err).message, ack);
        return undefined;
      })
      .finally(() => {
        if (pending.get(ref) === p) pending.delete(ref);
      });
    pending.set(ref, p);
  });

  socket.on("stats:unwatch", (payload: unknown, ack?: unknown) => {
    const parsed = statsWatchPayload.safeParse(payload);
    if (!parsed.success) return fail(undefined, "stats:unwatch needs { container: <id or name> }", ack);
    const ref = parsed.data.container;
    pending.delete(ref);
    const id = watched.get(ref) ?? [...watched.values()].find((v) => v === ref);
    for (const [r, v] of watched) if (v === id) watched.delete(r);
    // Another ref of this socket may name the same container; the hub counts sockets, not refs.
    if (id) hub.unwatch(socket, id);
    if (typeof ack === "function") ack({ ok: true });
  });

  socket.on("disconnect", () => {
    pending.clear();
    hub.forget(socket.id, new Set(watched.values()));
    watched.clear();
  });
};
