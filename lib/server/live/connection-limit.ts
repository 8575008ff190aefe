import "server-only";
import type { Server } from "socket.io";

/**
 * At most `max` connected sockets (browser tabs, scripts): each holds a little server state — rooms, the disk watch,
 * its rate-limit buckets — so their number is bounded too. One past it is refused at connect with
 * `connect_error` `{ message, data: { code: "too_many", message } }`.
 */
export function limitConnections(io: Server, max: number): void {
  io.use((_socket, next) => {
    if (io.of("/").sockets.size < max) return next();
    const message = `the server is at its limit of ${max} live connections; close other tabs`;
    next(Object.assign(new Error(message), { data: { code: "too_many", message } }));
  });
}
