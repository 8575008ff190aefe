import "server-only";
import { EXEC_LIMITS } from "@/lib/shared/types/exec";

/**
 * What one socket, and all sockets together, may hold or send over socket.io (docs/api.md, "Limits of the live
 * channels"). A socket asking for thousands of streams must cost the engine a bounded number of connections and the
 * server a bounded amount of memory. Each per-socket cap is a small share of the server's (at most a quarter), so
 * one socket can never take the whole server's budget.
 */
export const LIVE_LIMITS = {
  /**
   * socket.io's `maxHttpBufferSize`: the largest message a client may send; a bigger one closes its connection.
   * The largest legitimate message is a terminal input chunk: 16 Ki UTF-16 units, at most 6 bytes each once
   * JSON-escaped (`\u0001`), plus the envelope.
   */
  maxMessageBytes: 128 * 1024,
  /** Connected sockets (browser tabs); the disk watch and the tasks room are one per socket, so this bounds them. */
  connectionsPerServer: 256,
  /** `stats:watch`: containers (refs) one socket watches; engine stats streams (one per container) of the server. */
  stats: { perSocket: 128, perServer: 512 },
  /**
   * `logs:subscribe`: views per socket, and engine log streams per socket and per server. Today a view is one
   * container's stream; a merged view (several containers) will be one view costing one stream per container.
   */
  logs: { viewsPerSocket: 4, streamsPerSocket: 32, streamsPerServer: 256 },
  /** `exec:open`: terminal sessions (each one engine connection and a process in the container). */
  exec: { perSocket: EXEC_LIMITS.maxSessionsPerSocket, perServer: 64 },
  rate: {
    /**
     * Every message but the terminal's stream: subscribe/unsubscribe, watch/unwatch, open/close and anything
     * unknown. A burst of 200 covers a reconnect re-sending all of a tab's watches; a person never sends 50 a second.
     */
    requests: { burst: 200, perSecond: 50 },
    /** `exec:input`, `exec:resize`, `exec:ack`: typing, a pasted text in 16 Ki chunks (2000 are 32 MB), output acks. */
    stream: { burst: 2000, perSecond: 500 },
    /** Refused for rate beyond this burst (and pace), the socket is disconnected: it keeps hammering. */
    refusalsBeforeDisconnect: { burst: 500, perSecond: 50 },
  },
} as const;
