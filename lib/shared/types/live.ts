// What every socket.io channel answers with when it refuses a message. Types only: the browser imports them too.

/**
 * `too_many`: a subscription, session or connection limit is reached (the message names it); `rate_limited`: the
 * socket sends faster than Berth takes (the message says how fast); `invalid_request`: the payload failed validation;
 * `not_found`: no such container (or session); otherwise the engine's code (`engine_unreachable`…) or `internal`.
 */
export type LiveRefusalCode = "too_many" | "rate_limited" | "invalid_request" | "not_found" | "internal" | (string & {});

export interface LiveRefusal {
  ok: false;
  code: LiveRefusalCode;
  message: string;
}

/**
 * `live:error`: a message refused that had no ack callback and no channel error event of its own (`logs:error`,
 * `stats:error`, `exec:error`), e.g. one refused by the rate limit. `event` names it.
 */
export interface LiveErrorEvent {
  event: string;
  code: LiveRefusalCode;
  message: string;
}
