import "server-only";
import type { Server, Socket } from "socket.io";
import type { Engine } from "@/lib/server/engine/engine";

/**
 * A live feature (logs, exec, stats…) plugs into the socket server by registering its handlers on
 * each connected socket. Whatever it opens against the engine must be closed when the socket
 * disconnects — a closed browser tab closes its engine streams.
 */
export type LiveChannel = (io: Server, socket: Socket, engine: Engine) => void;
