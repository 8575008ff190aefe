import { useCallback, useRef, useState } from "react";
import type { EngineEvent } from "@/lib/shared/types/engine";
import { fetchJson } from "@/lib/browser/api/fetch-json";

export interface EventsHistoryResponse {
  events: EngineEvent[];
  truncated: boolean;
  /** Unix ms: the engine holds no events from before this (it keeps its last 256 only). */
  horizon?: number;
  since: number;
  until: number;
}

/**
 * Loads a range of past events (GET /api/events?…) on request and hands them to `onRows`. Not SWR: a past
 * range never changes, and live events cover what happens next. A newer request cancels an older one.
 */
export function useEventsHistory(onRows: (events: EngineEvent[]) => void) {
  const [state, setState] = useState<{ loading: boolean; error?: unknown; last?: { count: number; truncated: boolean; horizon?: number } }>({ loading: false });
  const inFlight = useRef<AbortController | undefined>(undefined);

  const load = useCallback(
    async (query: URLSearchParams) => {
      inFlight.current?.abort();
      const abort = new AbortController();
      inFlight.current = abort;
      setState({ loading: true });
      try {
        const res = await fetchJson<EventsHistoryResponse>(`/api/events?${query}`, { signal: abort.signal });
        onRows(res.events);
        setState({ loading: false, last: { count: res.events.length, truncated: res.truncated, horizon: res.horizon } });
      } catch (error) {
        if (!abort.signal.aborted) setState({ loading: false, error });
      }
    },
    [onRows],
  );

  return { ...state, load };
}
