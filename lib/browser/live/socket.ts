import { io, type Socket } from "socket.io-client";
import type { ContainerChange, EngineEvent, EngineHealth } from "@/lib/shared/types/engine";

export interface ServerToClientEvents {
  "engine:health": (health: EngineHealth) => void;
  "engine:event": (event: EngineEvent) => void;
  /** What the server's container store learnt from an event: the list is patched with it, never refetched. */
  "containers:changed": (change: ContainerChange) => void;
  /** The server store's revision, sent once on connect (ContainerStore.revision). */
  "containers:revision": (revision: string) => void;
}

// Nothing is emitted from the browser yet; rooms (stats, logs) will add a ClientToServerEvents map.
export type LiveSocket = Socket<ServerToClientEvents>;

let socket: LiveSocket | undefined;

/** The one socket per tab, created on first use and connected by the live provider. */
export function getSocket(): LiveSocket {
  socket ??= io({
    // Same origin, default path. WebSocket first: long-polling only where it is blocked.
    transports: ["websocket", "polling"],
    autoConnect: false,
  });
  return socket;
}
