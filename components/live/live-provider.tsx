"use client";

import { useState, type ReactNode } from "react";
import { SWRConfig, type SWRConfiguration } from "swr";
import { fetchJson } from "@/lib/browser/api/fetch-json";
import { LiveStatusContext, type LiveStatus } from "@/components/live/live-status";
import { LiveSync } from "@/components/live/live-sync";

// No timers, no focus or network-online refetches, no error retries: data changes only when the
// server pushes an event (or health comes back, or the socket reconnects), which LiveSync handles.
const SWR_OPTIONS: SWRConfiguration = {
  fetcher: (url: string) => fetchJson(url),
  refreshInterval: 0,
  revalidateOnFocus: false,
  revalidateOnReconnect: false,
  shouldRetryOnError: false,
};

export function LiveProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<LiveStatus>("connecting");
  return (
    <SWRConfig value={SWR_OPTIONS}>
      <LiveStatusContext.Provider value={status}>
        <LiveSync onStatus={setStatus} />
        {children}
      </LiveStatusContext.Provider>
    </SWRConfig>
  );
}
