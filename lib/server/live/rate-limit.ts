import "server-only";
import type { Socket } from "socket.io";
import { TokenBucket } from "@/lib/server/token-bucket";
import { eventKind, liveError, refusal, splitArgs, type EventKind } from "./listen";
import { LIVE_LIMITS } from "./limits";

// One line per disconnected socket, but a script reconnecting to hammer again must not flood the log either.
const disconnectLog = new TokenBucket(20, 1);
/** Between cutting a socket off (nothing more it sends is read) and closing it: answers already on their way arrive. */
export const CUT_OFF_GRACE_MS = 1000;

export interface RateLimits {
  requests: { burst: number; perSecond: number };
  stream: { burst: number; perSecond: number };
  refusalsBeforeDisconnect: { burst: number; perSecond: number };
}

/**
 * The one rate limit of the live channels: a socket middleware that counts every incoming event, whichever channel
 * (or none) handles it, in token buckets per socket (one for requests, one for the terminal's stream: listen.ts's
 * kinds). Past the limit a message is refused with `rate_limited` (its ack, else `live:error`) and never reaches its
 * handler; a socket that keeps sending past it (refusalsBeforeDisconnect) is cut off: what it sends from then on is
 * dropped unanswered, and it is disconnected CUT_OFF_GRACE_MS later (what it asked before still gets its answer).
 */
export function limitRate(socket: Socket, limits: RateLimits = LIVE_LIMITS.rate, now: () => number = Date.now): void {
  const start = now();
  const buckets: Record<EventKind, TokenBucket> = {
    request: new TokenBucket(limits.requests.burst, limits.requests.perSecond, start),
    stream: new TokenBucket(limits.stream.burst, limits.stream.perSecond, start),
  };
  const strikes = new TokenBucket(limits.refusalsBeforeDisconnect.burst, limits.refusalsBeforeDisconnect.perSecond, start);
  let cutOff = false;

  socket.use((packet, next) => {
    if (cutOff || socket.disconnected) return;
    const event = String(packet[0]);
    const kind = eventKind(event);
    const t = now();
    if (buckets[kind].take(t)) return next();
    const { perSecond, burst } = limits[kind === "stream" ? "stream" : "requests"];
    const refused = refusal(
      "rate_limited",
      `too many messages: at most ${perSecond} ${kind === "stream" ? "terminal input/resize/ack" : "subscribe, watch, open and other"} messages a second per connection (bursts of ${burst}); ${event} was dropped`,
    );
    const { ack } = splitArgs(packet.slice(1));
    if (ack) ack(refused);
    else socket.emit("live:error", liveError(event, refused));
    if (strikes.take(t)) return;
    cutOff = true;
    const message = `disconnected: kept sending after ${limits.refusalsBeforeDisconnect.burst} messages were refused for rate`;
    socket.emit("live:error", liveError(event, refusal("rate_limited", message)));
    if (disconnectLog.take()) {
      console.warn(`[berth] live: socket ${socket.id} from ${socket.handshake.address} ${message} (last: ${event.slice(0, 64)})`);
    }
    setTimeout(() => socket.disconnect(true), CUT_OFF_GRACE_MS).unref();
  });
}
