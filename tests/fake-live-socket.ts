import type { Server, Socket } from "socket.io";
import { ContainerStore } from "@/lib/server/engine/container-store";
import type { Engine } from "@/lib/server/engine/engine";
import { HealthState } from "@/lib/server/engine/health";

// A socket.io server socket as the live channels see it, for unit tests: handlers and middleware run as socket.io
// runs them (middleware first, in order; a packet a middleware does not pass on never reaches its handler), and
// everything emitted is recorded.

type Handler = (...args: unknown[]) => unknown;
type Middleware = (packet: unknown[], next: (err?: Error) => void) => void;

export interface FakeLiveSocket {
  socket: Socket;
  id: string;
  sent: { event: string; payload: Record<string, unknown> }[];
  rooms: Set<string>;
  /** Delivers an incoming event; resolves once its handler (if it ran) has finished. */
  send(event: string, ...args: unknown[]): Promise<unknown>;
  /** The client goes away: socket.io's "disconnect" with the socket already out of its rooms. */
  disconnect(): void;
  readonly disconnected: boolean;
  conn: { writeBuffer: unknown[] };
}

let counter = 0;

export function fakeLiveSocket(id = `s${++counter}`): FakeLiveSocket {
  const handlers = new Map<string, Handler[]>();
  const fns: Middleware[] = [];
  const sent: FakeLiveSocket["sent"] = [];
  const rooms = new Set<string>();
  const conn = { writeBuffer: [] as unknown[] };
  let disconnected = false;
  const fire = (event: string, ...args: unknown[]) => {
    const results = (handlers.get(event) ?? []).map((h) => h(...args));
    return Promise.all(results);
  };
  const socket = {
    id,
    conn,
    handshake: { address: "127.0.0.1" },
    get connected() {
      return !disconnected;
    },
    get disconnected() {
      return disconnected;
    },
    on(event: string, fn: Handler) {
      handlers.set(event, [...(handlers.get(event) ?? []), fn]);
      return socket;
    },
    use(fn: Middleware) {
      fns.push(fn);
      return socket;
    },
    emit(event: string, payload: Record<string, unknown>) {
      sent.push({ event, payload });
      return true;
    },
    join(room: string) {
      rooms.add(room);
    },
    leave(room: string) {
      rooms.delete(room);
    },
    disconnect() {
      if (disconnected) return socket;
      disconnected = true;
      rooms.clear();
      void fire("disconnect", "server namespace disconnect");
      return socket;
    },
  };
  const send = async (event: string, ...args: unknown[]) => {
    if (disconnected) return undefined;
    const packet = [event, ...args];
    let i = 0;
    let passed = false;
    const next = (err?: Error) => {
      if (err) return;
      if (i < fns.length) fns[i++]!(packet, next);
      else passed = true;
    };
    next();
    if (!passed || disconnected) return undefined;
    return (await fire(event, ...args))[0];
  };
  return {
    socket: socket as unknown as Socket,
    id,
    sent,
    rooms,
    send,
    conn,
    get disconnected() {
      return disconnected;
    },
    disconnect: () => {
      socket.disconnect();
    },
  };
}

/** A socket.io server as the channels and hubs use it: rooms of fake sockets, emits recorded per room. */
export function fakeLiveServer() {
  const sockets = new Map<string, FakeLiveSocket>();
  const roomEmits: { room: string; event: string; payload: unknown }[] = [];
  const members = (room: string) => new Set([...sockets.values()].filter((s) => s.rooms.has(room)).map((s) => s.id));
  // `to` takes a room or several (a hub sends one broadcast to a group of sockets by their own rooms).
  const to = (room: string | string[]) => ({
    emit: (event: string, payload: unknown) => void roomEmits.push({ room: String(room), event, payload }),
    except: () => to(room),
  });
  const io = {
    to,
    sockets: {
      adapter: { rooms: { get: (room: string) => members(room) } },
      sockets: { get: (id: string) => sockets.get(id)?.socket },
    },
  };
  return {
    io: io as unknown as Server,
    roomEmits,
    add(s: FakeLiveSocket) {
      sockets.set(s.id, s);
      return s;
    },
  };
}

/**
 * An engine whose only real part is `docker.listContainers` (what the live channels resolve refs against), answering
 * with containers named c0…c<n-1> (ids "<index as 12 hex digits>" padded to 64); `calls` counts the list calls.
 */
export function fakeListEngine(n: number, opts: { id?: string; state?: string } = {}) {
  const containers = Array.from({ length: n }, (_, i) => ({
    Id: containerId(i),
    Names: [`/c${i}`],
    Image: "busybox",
    ImageID: "sha256:0",
    Command: "sh",
    Created: 0,
    State: opts.state ?? "running",
    Status: "Up",
    Ports: [],
    Labels: {},
  }));
  const listContainers = async () => {
    calls.list++;
    return containers;
  };
  const calls = { list: 0 };
  return { engine: withContainerStore({ id: opts.id ?? `engine-${++counter}`, docker: { listContainers } }), calls, containers };
}

/**
 * A fake engine with the real container store in front of its `docker.listContainers`. No events stream runs, so
 * the store lists from the engine on every request, as it does until a real stream opens.
 */
export function withContainerStore(fake: { id: string; docker: { listContainers: () => Promise<unknown[]> } }): Engine {
  const engine = { ...fake, health: new HealthState("unix:///fake.sock"), events: { running: false }, recentChanges: { ids: () => [] } } as unknown as Engine;
  (engine as { containers: ContainerStore }).containers = new ContainerStore(engine);
  return engine;
}

export function containerId(i: number): string {
  return i.toString(16).padStart(12, "0").padEnd(64, "f");
}
