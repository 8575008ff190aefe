"use client";

import { createContext, useContext } from "react";

/** Whether pushed updates are flowing; without them the screens would silently go stale. */
export type LiveStatus = "connecting" | "connected" | "disconnected";

export const LiveStatusContext = createContext<LiveStatus>("connecting");

export function useLiveStatus(): LiveStatus {
  return useContext(LiveStatusContext);
}
