import "server-only";
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { BerthConfig } from "@/lib/server/config";
import { getEngine } from "@/lib/server/engine/engines";
import { checkRequest } from "@/lib/server/security/request-policy";
import { ENGINE_ROOM, startEventsHub } from "./events-hub";
import { LIVE_CHANNELS } from "./channels";

/**
 * socket.io on Berth's own HTTP server. The handshake passes the same Host and Origin policy as a
 * mutating request: a socket can drive exec sessions later, so a foreign page must never open one
 * (Dozzle's and Portainer's cross-site WebSocket bugs).
 */
export function attachLive(http: HttpServer, config: BerthConfig) {
  const io = new Server(http, {
    serveClient: false,
    allowRequest: (req, callback) => {
      const verdict = checkRequest(req.method, req.headers, config, { alwaysCheckOrigin: true });
      // A browser always sends Origin on a WebSocket handshake; its absence means a non-browser client.
      callback(verdict.ok ? null : verdict.message, verdict.ok);
    },
  });

  // One engine today: every socket talks to the local one. More hosts will pick theirs per socket.
  const engine = getEngine();
  io.on("connection", (socket) => {
    void socket.join(ENGINE_ROOM);
    if (engine.health.known) socket.emit("engine:health", engine.health.current);
    for (const channel of LIVE_CHANNELS) channel(io, socket, engine);
  });

  const hub = startEventsHub(io, engine);
  return {
    io,
    close: () => {
      hub.stop();
      io.close();
    },
  };
}
