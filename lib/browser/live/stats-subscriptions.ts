"use client";

import type { Socket } from "socket.io-client";
import { getSocket } from "./socket";
import type { StatsClientEvents, StatsSample, StatsServerEvents } from "@/lib/shared/types/stats";

export type StatsUpdate = { type: "sample"; sample: StatsSample } | { type: "end"; reason: string } | { type: "error"; message: string };
type Listener = (update: StatsUpdate) => void;

interface Subscription {
  listeners: Set<Listener>;
  last?: StatsUpdate;
}

// The Stats tab and the list's usage figures may watch the same container over the one shared socket;
// the server counts sockets, not components, so this module counts the components and sends one
// watch per container (and re-sends them after a reconnect, which drops the server's state).
const subscriptions = new Map<string, Subscription>();
let wired = false;

function socket(): Socket<StatsServerEvents, StatsClientEvents> {
  return getSocket() as unknown as Socket<StatsServerEvents, StatsClientEvents>;
}

function deliver(id: string, update: StatsUpdate) {
  const sub = subscriptions.get(id);
  if (!sub) return;
  sub.last = update;
  for (const listener of sub.listeners) listener(update);
}

function wire() {
  if (wired) return;
  wired = true;
  const s = socket();
  s.on("stats:samples", ({ samples }) => {
    for (const { id, sample } of samples) deliver(id, { type: "sample", sample });
  });
  s.on("stats:end", ({ id, reason }) => deliver(id, { type: "end", reason }));
  s.on("stats:error", ({ ref, message }) => ref && deliver(ref, { type: "error", message }));
  s.on("connect", () => {
    for (const id of subscriptions.keys()) s.emit("stats:watch", { container: id });
  });
}

/** Calls `listener` with every update for the container `id` (a full id) until the returned function runs. */
export function subscribeStats(id: string, listener: Listener): () => void {
  wire();
  let sub = subscriptions.get(id);
  if (!sub) {
    sub = { listeners: new Set() };
    subscriptions.set(id, sub);
    if (socket().connected) socket().emit("stats:watch", { container: id });
  } else if (sub.last) {
    listener(sub.last);
  }
  sub.listeners.add(listener);
  const mine = sub;
  return () => {
    mine.listeners.delete(listener);
    if (mine.listeners.size > 0 || subscriptions.get(id) !== mine) return;
    subscriptions.delete(id);
    if (socket().connected) socket().emit("stats:unwatch", { container: id });
  };
}
