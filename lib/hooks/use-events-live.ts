import { useCallback, useEffect, useState } from "react";
import type { EngineEvent } from "@/lib/docker/types";
import { getSocket } from "@/lib/client/socket";
import { EMPTY_BUFFER, receive, setPaused, type LiveBuffer } from "@/lib/events/event-rows";

/**
 * Engine events as the server pushes them (`engine:event`), kept in a bounded buffer. While paused, new events
 * are counted but not shown; resuming inserts them. `add` merges rows from elsewhere (history) into the buffer.
 */
export function useEventsLive() {
  const [buffer, setBuffer] = useState<LiveBuffer>(EMPTY_BUFFER);

  useEffect(() => {
    const socket = getSocket();
    const onEvent = (event: EngineEvent) => setBuffer((b) => receive(b, [event]));
    socket.on("engine:event", onEvent);
    return () => {
      socket.off("engine:event", onEvent);
    };
  }, []);

  const pause = useCallback((paused: boolean) => setBuffer((b) => setPaused(b, paused)), []);
  const clear = useCallback(() => setBuffer((b) => ({ ...b, rows: [], pending: [] })), []);
  // History rows are shown even while paused: the user asked for them.
  const add = useCallback((events: EngineEvent[]) => setBuffer((b) => ({ ...receive({ ...b, paused: false }, events), paused: b.paused, pending: b.pending })), []);

  return { rows: buffer.rows, pending: buffer.pending.length, paused: buffer.paused, pause, clear, add };
}
