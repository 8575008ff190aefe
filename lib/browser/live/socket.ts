import type { Socket } from "socket.io-client";
import type { ContainerChange, EngineEvent, EngineHealth } from "@/lib/shared/types/engine";

export interface ServerToClientEvents {
  "engine:health": (health: EngineHealth) => void;
  "engine:event": (event: EngineEvent) => void;
  /** What the server's container store learnt from an event: the list is patched with it, never refetched. */
  "containers:changed": (change: ContainerChange) => void;
}

// Nothing is emitted from the browser yet; rooms (stats, logs) will add a ClientToServerEvents map.
export type LiveSocket = Socket<ServerToClientEvents>;

// socket.io-client's own listener type: any arguments, checked by the typed LiveSocket callers see.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (...args: any[]) => void;

/**
 * socket.io-client (≈13 kB gzip) is not part of any page's first load: it is fetched when the live provider connects,
 * after hydration. Until then this stand-in records listeners and emits and hands them to the real socket, in order,
 * once it exists — which is what socket.io-client does itself with emits made while disconnected (its send buffer).
 * Only what Berth calls is here: on, off, emit (acks pass through), connect, disconnect, connected.
 */
class DeferredSocket {
  private real: Socket | undefined;
  private loading: Promise<Socket> | undefined;
  private readonly listeners: [string, Listener][] = [];
  private readonly pending: [string, unknown[]][] = [];
  private wantConnected = false;

  get connected(): boolean {
    return this.real?.connected ?? false;
  }

  on(event: string, fn: Listener): this {
    this.listeners.push([event, fn]);
    this.real?.on(event, fn);
    return this;
  }

  off(event: string, fn: Listener): this {
    const i = this.listeners.findIndex(([e, f]) => e === event && f === fn);
    if (i >= 0) this.listeners.splice(i, 1);
    this.real?.off(event, fn);
    return this;
  }

  emit(event: string, ...args: unknown[]): this {
    if (this.real) this.real.emit(event, ...args);
    else this.pending.push([event, args]);
    return this;
  }

  connect(): this {
    this.wantConnected = true;
    if (this.real) this.real.connect();
    else void this.load();
    return this;
  }

  disconnect(): this {
    this.wantConnected = false;
    this.real?.disconnect();
    return this;
  }

  private load(): Promise<Socket> {
    this.loading ??= import("socket.io-client").then(({ io }) => {
      const real = io({
        // Same origin, default path. WebSocket first: long-polling only where it is blocked.
        transports: ["websocket", "polling"],
        autoConnect: false,
      });
      for (const [event, fn] of this.listeners) real.on(event, fn);
      for (const [event, args] of this.pending.splice(0)) real.emit(event, ...args);
      this.real = real;
      if (this.wantConnected) real.connect();
      return real;
    });
    return this.loading;
  }
}

let socket: LiveSocket | undefined;

/** The one socket per tab, created on first use and connected by the live provider. */
export function getSocket(): LiveSocket {
  socket ??= new DeferredSocket() as unknown as LiveSocket;
  return socket;
}
