import "server-only";
import type { Socket } from "socket.io";
import type { ZodError } from "zod";
import { describeIssues } from "@/lib/shared/schemas/field-errors";
import type { LiveErrorEvent, LiveRefusal, LiveRefusalCode } from "@/lib/shared/types/live";
import { toEngineError } from "@/lib/server/engine/errors";

/**
 * How the rate limit counts an event (rate-limit.ts): `stream` for the terminal's keystrokes, resizes and output acks,
 * which a person sends many of; everything else — and any event no channel registered — is a `request`.
 */
export type EventKind = "request" | "stream";

const kinds = new Map<string, EventKind>();

export function eventKind(event: string): EventKind {
  return kinds.get(event) ?? "request";
}

export interface Reply {
  /** Answers the ack callback, when the sender gave one, with `{ ok: true, ...body }`. */
  ok(body?: Record<string, unknown>): void;
  /**
   * Answers the ack with the refusal; without an ack the channel's error event carries it (with `context`, e.g. the
   * subscription it is about), or `live:error` when the channel has none.
   */
  refuse(refusal: LiveRefusal, context?: Record<string, unknown>): void;
  readonly answered: boolean;
  /** The sender passed an ack callback. */
  readonly hasAck: boolean;
}

export interface ListenOptions {
  kind?: EventKind;
  /** The channel's error event for refusals of messages sent without an ack. */
  unacked?: (refusal: LiveRefusal, context: Record<string, unknown>) => void;
}

/** The ack callback, if any, and the payload: socket.io puts the callback last, so a lone one arrives first. */
export function splitArgs(args: readonly unknown[]): { payload: unknown; ack?: (answer: unknown) => void } {
  const last = args[args.length - 1];
  if (typeof last !== "function") return { payload: args[0] };
  return { payload: args.length > 1 ? args[0] : undefined, ack: last as (answer: unknown) => void };
}

// Berth's payloads are JSON a few levels deep. Binary (socket.io decodes it into Buffers) would reach the schemas as
// objects with a key per byte — 100 KiB of it costs ~100 MB of garbage to reject key by key — so it is refused first.
const MAX_DEPTH = 16;

/** Why a payload is refused before any schema sees it: binary data anywhere, or nesting deeper than MAX_DEPTH. */
export function unfitPayload(value: unknown, depth = 0): string | undefined {
  if (value === null || typeof value !== "object") return undefined;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return "binary data is not accepted";
  if (depth >= MAX_DEPTH) return `nested more than ${MAX_DEPTH} levels deep`;
  for (const item of Array.isArray(value) ? value : Object.values(value)) {
    const why = unfitPayload(item, depth + 1);
    if (why) return why;
  }
  return undefined;
}

/**
 * Registers a channel's handler for `event`. The handler sees the payload (never binary, never deeply nested) and a
 * Reply (at most one answer reaches the sender); a handler that throws or rejects is Berth's bug: logged, answered `internal`, and never a crashed server.
 */
export function listen(
  socket: Socket,
  event: string,
  handler: (payload: unknown, reply: Reply) => void | Promise<void>,
  opts: ListenOptions = {},
): void {
  if (opts.kind) kinds.set(event, opts.kind);
  socket.on(event, (...args: unknown[]) => {
    const { payload, ack } = splitArgs(args);
    let answered = false;
    const reply: Reply = {
      get answered() {
        return answered;
      },
      hasAck: ack !== undefined,
      ok(body = {}) {
        if (answered) return;
        answered = true;
        ack?.({ ok: true, ...body });
      },
      refuse(refusal, context = {}) {
        if (answered) return;
        answered = true;
        if (ack) ack(refusal);
        else if (opts.unacked) opts.unacked(refusal, context);
        else socket.emit("live:error", liveError(event, refusal));
      },
    };
    const failed = (err: unknown) => {
      console.error(`[berth] the ${event} handler failed:`, err);
      reply.refuse(refusal("internal", `Berth failed to handle ${event}; the server log has the details`));
    };
    const unfit = unfitPayload(payload);
    if (unfit) return reply.refuse(refusal("invalid_request", `${event.slice(0, 64)}: ${unfit}`));
    try {
      const result = handler(payload, reply);
      // Returned for tests, which await the handling; socket.io ignores it.
      return result ? result.catch(failed) : undefined;
    } catch (err) {
      failed(err);
    }
  });
}

export function refusal(code: LiveRefusalCode, message: string): LiveRefusal {
  return { ok: false, code, message };
}

// A payload with 100,000 unknown keys (a binary one is an object of its bytes) would be named key by key.
const MAX_ISSUES_CHARS = 500;

export function invalidPayload(error: ZodError, hint?: string): LiveRefusal {
  const all = describeIssues(error.issues);
  const what = all.length > MAX_ISSUES_CHARS ? `${all.slice(0, MAX_ISSUES_CHARS)}…` : all;
  return refusal("invalid_request", hint ? `${hint} (${what})` : what);
}

/** An engine (or resolution) failure as a refusal with the engine layer's code and words. */
export function engineRefusal(err: unknown): LiveRefusal {
  const e = toEngineError(err);
  if (e.code === "internal") console.error("[berth] a live channel's engine call failed:", e.cause ?? err);
  return refusal(e.code, e.code === "internal" ? "Berth failed to handle this request; the server log has the details" : e.message);
}

export function liveError(event: string, r: LiveRefusal): LiveErrorEvent {
  return { event: event.slice(0, 64), code: r.code, message: r.message };
}
