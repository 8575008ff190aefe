import "server-only";
import type { Server as HttpServer } from "node:http";
import { Server } from "socket.io";
import type { BerthConfig } from "@/lib/server/config";
import { getEngine } from "@/lib/server/engine/engines";
import { logRefusal } from "@/lib/server/security/refusal-log";
import { checkRequest, LIVE_PATH } from "@/lib/server/security/request-policy";
import { ENGINE_ROOM, startEventsHub } from "./events-hub";
import { LIVE_CHANNELS } from "./channels";
import { LIVE_LIMITS } from "./limits";
import { limitConnections } from "./connection-limit";
import { limitRate } from "./rate-limit";

/**
 * socket.io on Berth's own HTTP server. The handshake passes the same Host, Origin and Sec-Fetch-Site
 * policy as an API request: a socket drives exec sessions, so a foreign page must never open one
 * (Dozzle's and Portainer's cross-site WebSocket bugs). server.ts's gate refuses first with Berth's JSON
 * error; this check keeps the channel closed however the server is put together.
 */
export function attachLive(http: HttpServer, config: BerthConfig) {
  const io = new Server(http, {
    path: LIVE_PATH,
    serveClient: false,
    // The largest message a client may send (a terminal input chunk fits); a bigger one closes its connection
    // before it is parsed, instead of socket.io's default of 1 MB per message.
    maxHttpBufferSize: LIVE_LIMITS.maxMessageBytes,
    allowRequest: (req, callback) => {
      // A browser always sends Origin on a WebSocket handshake; its absence means a non-browser client.
      const refusal = checkRequest(req, config, { sameOriginOnly: true });
      if (refusal) logRefusal(refusal);
      callback(refusal ? refusal.message : null, !refusal);
    },
  });

  // One engine today: every socket talks to the local one. More hosts will pick theirs per socket.
  const engine = getEngine();
  limitConnections(io, LIVE_LIMITS.connectionsPerServer);
  io.on("connection", (socket) => {
    // First, so it sees every event before any channel's handler does.
    limitRate(socket);
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
