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
import { authenticate } from "@/lib/server/auth/authenticate";
import { authorizeEvent } from "@/lib/server/auth/authorize";
import { unauthorizedMessage } from "@/lib/server/auth/request-gate";
import { liveError, refusal as liveRefusal, splitArgs } from "./listen";
import type { Principal } from "@/lib/shared/auth/roles";
import { socketEventAccess } from "@/lib/shared/auth/access-table";

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
      const refusal = checkRequest({ method: req.method, url: req.url, headers: req.headers, peer: req.socket.remoteAddress }, config, { sameOriginOnly: true });
      if (refusal) logRefusal(refusal);
      callback(refusal ? refusal.message : null, !refusal);
    },
  });

  // One engine today: every socket talks to the local one. More hosts will pick theirs per socket.
  const engine = getEngine();
  // Who opens the socket: the same key, session cookie or token an API request needs (server.ts's gate answered
  // 401 already; this keeps the channel shut however the server is put together).
  io.use((socket, next) => {
    const principal = authenticate(socket.request.headers, config);
    if (!principal) return next(Object.assign(new Error(unauthorizedMessage(config)), { data: { code: "unauthorized" } }));
    socket.data.principal = principal;
    next();
  });
  limitConnections(io, LIVE_LIMITS.connectionsPerServer);
  io.on("connection", (socket) => {
    // First, so it sees every event before any channel's handler does.
    limitRate(socket);
    // Then the role table: an event it does not name is dropped unanswered (as socket.io drops an event nobody
    // handles); one the socket's role may not send is refused with `forbidden`.
    socket.use((packet, next) => {
      const event = String(packet[0]);
      if (socketEventAccess(event) === undefined) return;
      const refused = authorizeEvent(socket.data.principal as Principal, event, config);
      if (!refused) return next();
      const answer = liveRefusal(refused.code, refused.message);
      const { ack } = splitArgs(packet.slice(1));
      if (ack) ack(answer);
      else socket.emit("live:error", liveError(event, answer));
    });
    void socket.join(ENGINE_ROOM);
    if (engine.health.known) socket.emit("engine:health", engine.health.current);
    // A tab fetched its list before this socket was listening: it refetches only if the store moved since.
    socket.emit("containers:revision", engine.containers.revision);
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
