import "server-only";
import { statsWatchPayload } from "@/lib/shared/schemas/stats";
import type { LiveRefusal } from "@/lib/shared/types/live";
import type { LiveChannel } from "./channel";
import { LIVE_LIMITS } from "./limits";
import { invalidPayload, listen, refusal, type ListenOptions } from "./listen";
import { isRefusal, resolveContainer } from "./resolve-container";
import { statsHub } from "./stats-hub";

/**
 * `stats:watch` / `stats:unwatch` { container }: join or leave a container's stats room. The hub keeps
 * one engine stream per container for all sockets; this socket's share is released on unwatch and on
 * disconnect. Samples arrive batched per tick as `stats:samples` { samples: [{ id, sample }] }. A ref is resolved against the shared container
 * list first, so an unknown one costs no inspect and no stream; a socket watches at most LIVE_LIMITS.stats.perSocket.
 */
export const statsChannel: LiveChannel = (io, socket, engine) => {
  const hub = statsHub(io, engine);
  const perSocket = LIVE_LIMITS.stats.perSocket;
  // What this socket watches: the ref it asked with → the full id.
  const watched = new Map<string, string>();
  // Refs being resolved: every watch of the same ref meanwhile waits for the same answer.
  const pending = new Map<string, Promise<string | LiveRefusal>>();

  const errors: ListenOptions = {
    unacked: (r, context) => socket.emit("stats:error", { ref: context.ref, code: r.code, message: r.message }),
  };

  const resolveAndWatch = (ref: string): Promise<string | LiveRefusal> => {
    // Still this watch's turn: not unwatched (nor replaced by a later watch) and the socket still here.
    const current = () => !socket.disconnected && pending.get(ref) === p;
    const takenBack = () => refusal("aborted", `stats:unwatch came first for ${ref}`);
    const run = async (): Promise<string | LiveRefusal> => {
      const found = await resolveContainer(engine, ref);
      if (isRefusal(found)) return found;
      if (!current()) return takenBack();
      const refused = await hub.watch(socket, found);
      if (refused) return refused;
      if (!current()) {
        hub.unwatch(socket, found.id);
        return takenBack();
      }
      watched.set(ref, found.id);
      return found.id;
    };
    const p: Promise<string | LiveRefusal> = run().finally(() => {
      if (pending.get(ref) === p) pending.delete(ref);
    });
    pending.set(ref, p);
    return p;
  };

  listen(
    socket,
    "stats:watch",
    async (payload, reply) => {
      const parsed = statsWatchPayload.safeParse(payload);
      if (!parsed.success) return reply.refuse(invalidPayload(parsed.error, "stats:watch needs { container: <id or name> }"));
      const ref = parsed.data.container;
      const known = watched.get(ref);
      if (known) return reply.ok({ id: known });
      let p = pending.get(ref);
      if (!p) {
        if (watched.size + pending.size >= perSocket) {
          return reply.refuse(refusal("too_many", `at most ${perSocket} containers with live stats per connection; unwatch some first`), { ref });
        }
        p = resolveAndWatch(ref);
      }
      const result = await p;
      if (typeof result === "string") reply.ok({ id: result });
      // Without an ack, an error event for a watch the socket itself took back would reach a newer watch of the ref.
      else if (result.code !== "aborted" || reply.hasAck) reply.refuse(result, { ref });
    },
    errors,
  );

  listen(
    socket,
    "stats:unwatch",
    (payload, reply) => {
      const parsed = statsWatchPayload.safeParse(payload);
      if (!parsed.success) return reply.refuse(invalidPayload(parsed.error, "stats:unwatch needs { container: <id or name> }"));
      const ref = parsed.data.container;
      pending.delete(ref);
      const id = watched.get(ref) ?? [...watched.values()].find((v) => v === ref);
      for (const [r, v] of watched) if (v === id) watched.delete(r);
      // Another ref of this socket may name the same container; the hub counts sockets, not refs.
      if (id) hub.unwatch(socket, id);
      reply.ok();
    },
    errors,
  );

  socket.on("disconnect", () => {
    pending.clear();
    hub.forget(socket.id, new Set(watched.values()));
    watched.clear();
  });
};
