import "server-only";
import type { Server } from "socket.io";
import type { Engine } from "@/lib/server/engine/engine";
import { diskWatchPayload } from "@/lib/shared/schemas/disk";
import type { LiveChannel } from "./channel";
import { invalidPayload, listen } from "./listen";

export function diskRoom(engine: Engine): string {
  return `disk:${engine.id}`;
}

// One forwarder per socket.io server and engine, however many sockets watch.
const forwarding = new WeakMap<Server, Set<string>>();

function forward(io: Server, engine: Engine): void {
  const engines = forwarding.get(io) ?? new Set<string>();
  forwarding.set(io, engines);
  if (engines.has(engine.id)) return;
  engines.add(engine.id);
  // Lives as long as the server: the process has one socket.io server.
  engine.diskSummary.on("summary", (summary) => io.to(diskRoom(engine)).emit("disk:summary", summary));
}

/**
 * `disk:watch` / `disk:unwatch` (no payload): join or leave the engine's disk summary. The engine's DiskSummaryFeed
 * measures only while at least one socket watches, throttled, whatever the number of watchers; a new watcher gets
 * the last summary at once. Summaries arrive as `disk:summary`; an optional ack gets `{ ok }`. A socket is one
 * watcher however often it asks, so the server holds at most one per connection (LIVE_LIMITS.connectionsPerServer).
 */
export const diskChannel: LiveChannel = (io, socket, engine) => {
  forward(io, engine);
  const feed = engine.diskSummary;

  listen(socket, "disk:watch", (payload, reply) => {
    const parsed = diskWatchPayload.safeParse(payload);
    if (!parsed.success) return reply.refuse(invalidPayload(parsed.error, "disk:watch takes no payload"));
    // Joined after watch(): what watch() itself publishes ("updating") reaches this socket once, as `last`.
    const last = feed.watch(socket.id);
    void socket.join(diskRoom(engine));
    if (last) socket.emit("disk:summary", last);
    reply.ok();
  });

  listen(socket, "disk:unwatch", (payload, reply) => {
    const parsed = diskWatchPayload.safeParse(payload);
    if (!parsed.success) return reply.refuse(invalidPayload(parsed.error, "disk:unwatch takes no payload"));
    void socket.leave(diskRoom(engine));
    feed.unwatch(socket.id);
    reply.ok();
  });

  socket.on("disconnect", () => feed.unwatch(socket.id));
};
