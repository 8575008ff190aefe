import { useCallback, useEffect, useState } from "react";
import type { EngineEvent } from "@/lib/shared/types/engine";
import { fetchJson } from "@/lib/browser/api/fetch-json";
import { getSocket } from "@/lib/browser/live/socket";
import { EMPTY_BUFFER, eventTimeMs, receive, setPaused, type LiveBuffer } from "@/lib/browser/events/event-rows";
import { MAX_HISTORY_RANGE_MS } from "@/lib/shared/events/history-limits";

// Overlap when catching up after a reconnect: rows already held are dropped as duplicates.
const CATCH_UP_OVERLAP_MS = 1000;

/**
 * Engine events as the server pushes them (`engine:event`), kept in a bounded buffer. While paused, new events
 * are counted but not shown; resuming inserts them. `add` merges rows from elsewhere (history) into the buffer.
 * A socket that drops loses the events of the gap, so on every (re)connect the page asks the history API for
 * what happened since the last event it saw.
 */
export function useEventsLive() {
  const [buffer, setBuffer] = useState<LiveBuffer>(EMPTY_BUFFER);

  useEffect(() => {
    const socket = getSocket();
    // Before any event, the gap starts when the page did: events from before belong to history, not "live".
    const opened = Date.now();
    let lastSeen: number | undefined;
    let catchUp: AbortController | undefined;
    const onEvent = (event: EngineEvent) => {
      lastSeen = Math.max(lastSeen ?? 0, eventTimeMs(event));
      setBuffer((b) => receive(b, [event]));
    };
    const onConnect = () => {
      catchUp?.abort();
      catchUp = new AbortController();
      const from = lastSeen === undefined ? opened : Math.max(opened, lastSeen - CATCH_UP_OVERLAP_MS);
      const since = Math.max(from, Date.now() - MAX_HISTORY_RANGE_MS + 60_000);
      fetchJson<{ events: EngineEvent[] }>(`/api/events?since=${(since / 1000).toFixed(3)}`, { signal: catchUp.signal })
        .then(({ events }) => setBuffer((b) => receive(b, events)))
        .catch(() => undefined); // the live rows still flow; the gap stays a gap
    };
    socket.on("engine:event", onEvent);
    socket.on("connect", onConnect);
    return () => {
      catchUp?.abort();
      socket.off("engine:event", onEvent);
      socket.off("connect", onConnect);
    };
  }, []);

  const pause = useCallback((paused: boolean) => setBuffer((b) => setPaused(b, paused)), []);
  const clear = useCallback(() => setBuffer((b) => ({ ...b, rows: [], pending: [] })), []);
  // History rows are shown even while paused: the user asked for them.
  const add = useCallback((events: EngineEvent[]) => setBuffer((b) => ({ ...receive({ ...b, paused: false }, events), paused: b.paused, pending: b.pending })), []);

  return { rows: buffer.rows, pending: buffer.pending.length, paused: buffer.paused, pause, clear, add };
}
