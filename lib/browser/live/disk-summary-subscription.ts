"use client";

import type { Socket } from "socket.io-client";
import { getSocket } from "./socket";
import type { DiskClientEvents, DiskServerEvents, DiskSummary } from "@/lib/shared/types/system";

type Listener = (summary: DiskSummary | undefined) => void;

// The header button and the System screen may both show the summary over the one shared socket: this module counts
// the components and sends one `disk:watch` per tab (again after a reconnect, which drops the server's state), and
// `disk:unwatch` when the last one goes, so the server measures nothing for a tab that shows nothing.
const listeners = new Set<Listener>();
let last: DiskSummary | undefined;
let wired = false;

function socket(): Socket<DiskServerEvents, DiskClientEvents> {
  return getSocket() as unknown as Socket<DiskServerEvents, DiskClientEvents>;
}

function deliver(summary: DiskSummary | undefined) {
  last = summary;
  for (const listener of listeners) listener(summary);
}

function wire() {
  if (wired) return;
  wired = true;
  const s = socket();
  s.on("disk:summary", (summary) => {
    if (listeners.size > 0) deliver(summary);
  });
  s.on("connect", () => {
    if (listeners.size > 0) s.emit("disk:watch");
  });
  // Cut off from the server, the figure is no longer followed: show none rather than an old one as current.
  s.on("disconnect", () => deliver(undefined));
}

/** Calls `listener` with the engine's disk summary now (if known) and on every change, until the returned function runs. */
export function subscribeDiskSummary(listener: Listener): () => void {
  wire();
  listeners.add(listener);
  if (listeners.size === 1) {
    if (socket().connected) socket().emit("disk:watch");
  } else if (last) {
    listener(last);
  }
  return () => {
    if (!listeners.delete(listener) || listeners.size > 0) return;
    // Nobody follows it any more: a later subscriber must not be handed this one as current.
    last = undefined;
    if (socket().connected) socket().emit("disk:unwatch");
  };
}
