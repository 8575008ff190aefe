import "server-only";
import type { Socket } from "socket.io";
import { streamContainerLogs, type LogSource } from "@/lib/server/engine/logs";
import type { LogLine } from "@/lib/shared/types/logs";
import { encodeLogBatch } from "@/lib/shared/logs/log-batch";
import { normalizeTs } from "@/lib/shared/logs/log-time";
import { logFollowsOf, type FollowListener } from "./log-follows";
import { logsSubscribe, logsUnsubscribe } from "@/lib/shared/schemas/logs";
import type { LiveChannel } from "./channel";
import { serverBudget } from "./budget";
import { LIVE_LIMITS } from "./limits";
import { engineRefusal, invalidPayload, listen, refusal, type ListenOptions } from "./listen";
import { isRefusal, resolveContainer } from "./resolve-container";

// Batching: one message per 50 ms or per 500 lines, whichever comes first — a flood of tiny
// socket.io packets would cost more than the lines themselves.
const BATCH_MS = 50;
const BATCH_LINES = 500;
// What one subscription may hold for a browser that cannot keep up. Past this, lines are dropped and
// counted (the browser shows "N lines skipped") rather than buffered without bound or letting the
// followed view fall ever further behind the container.
const QUEUE_LINES = 5_000;
const QUEUE_CHARS = 2 * 1024 * 1024;
// engine.io packets waiting for the transport: more than this and the socket counts as congested.
const SOCKET_BACKLOG = 8;

type QueueItem = LogLine | { skipped: number };

/** One browser view following one container's logs. */
class Subscription {
  readonly abort = new AbortController();
  private queue: QueueItem[] = [];
  private queuedChars = 0;
  private queuedLines = 0;
  private dropping = 0;
  private timer: NodeJS.Timeout | undefined;
  private ended = false;
  source: LogSource | undefined;
  /** Leaves the container's shared follow (log-follows.ts); unset for a view with an `until`, which reads its own. */
  leaveFollow: (() => void) | undefined;
  // While the view's history is read, what the shared follow brings waits here (bounded like the queue), so the
  // history's last line is known before any of it is passed on: what both streams hold is passed on once.
  private readingHistory = true;
  private historyTs: string | undefined;
  private held: LogLine[] = [];
  private heldDropped = 0;
  private followEnd: { error?: unknown } | undefined;

  constructor(
    private readonly socket: Socket,
    readonly subId: string,
    private readonly onClosed: () => void,
  ) {}

  /** The shared follow's side of this view. */
  readonly follow: FollowListener = {
    lines: (lines) => {
      if (!this.readingHistory) return this.push(lines);
      for (const line of lines) {
        if (this.held.length < QUEUE_LINES) this.held.push(line);
        else this.heldDropped++;
      }
    },
    end: (error) => {
      if (this.readingHistory) this.followEnd = { error };
      else this.endWith(error);
    },
  };

  /** A line of the view's own history stream. */
  pushHistory(lines: readonly LogLine[]) {
    const ts = lines.at(-1)?.ts;
    if (ts) this.historyTs = ts;
    this.push(lines);
  }

  /** The history is all in: what the follow brought meanwhile goes on after it, lines both streams held once. */
  historyRead() {
    this.readingHistory = false;
    const upTo = this.historyTs === undefined ? undefined : normalizeTs(this.historyTs);
    const held = upTo === undefined ? this.held : this.held.filter((l) => !l.ts || normalizeTs(l.ts) > upTo);
    this.held = [];
    if (held.length) this.push(held);
    if (this.heldDropped) {
      this.dropping += this.heldDropped;
      this.heldDropped = 0;
    }
    // The view ends with the follow (the container stopped), not with its history.
    if (this.followEnd) this.endWith(this.followEnd.error);
  }

  /** The engine ended a stream of this view: cleanly (the container stopped) or with `error`. */
  endWith(error: unknown) {
    if (error === undefined) this.end("ended");
    else this.end("error", engineRefusal(error).message);
  }

  push(lines: readonly LogLine[]) {
    for (const line of lines) {
      if (this.queuedLines >= QUEUE_LINES || this.queuedChars >= QUEUE_CHARS) {
        this.dropping++;
        continue;
      }
      if (this.dropping) {
        this.queue.push({ skipped: this.dropping });
        this.dropping = 0;
      }
      this.queue.push(line);
      this.queuedLines++;
      this.queuedChars += line.text.length;
    }
    this.schedule(this.queuedLines >= BATCH_LINES ? 0 : BATCH_MS);
  }

  private schedule(ms: number) {
    if (this.timer !== undefined) {
      if (ms > 0) return;
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => this.flush(), ms);
  }

  private congested(): boolean {
    const conn = this.socket.conn as unknown as { writeBuffer?: unknown[] };
    return (conn.writeBuffer?.length ?? 0) > SOCKET_BACKLOG;
  }

  private flush() {
    this.timer = undefined;
    if (this.abort.signal.aborted) return;
    if (this.congested()) {
      // Hold what we have (bounded, see push) and look again shortly.
      this.schedule(BATCH_MS);
      return;
    }
    const batch: LogLine[] = [];
    const sendBatch = () => {
      if (!batch.length) return;
      this.socket.emit("logs:batch", encodeLogBatch(this.subId, batch.splice(0)));
    };
    let sent = 0;
    while (this.queue.length && sent < BATCH_LINES * 4) {
      const item = this.queue.shift()!;
      if ("skipped" in item) {
        sendBatch();
        this.socket.emit("logs:skipped", { subId: this.subId, count: item.skipped });
        continue;
      }
      batch.push(item);
      sent++;
      this.queuedLines--;
      this.queuedChars -= item.text.length;
      if (batch.length >= BATCH_LINES) sendBatch();
    }
    sendBatch();
    if (this.queue.length) this.schedule(BATCH_MS);
    else if (this.ended) this.finish();
  }

  private endMessage: { reason: "ended" | "error"; message?: string } = { reason: "ended" };

  end(reason: "ended" | "error", message?: string) {
    this.ended = true;
    this.endMessage = { reason, message };
    if (this.dropping) {
      this.queue.push({ skipped: this.dropping });
      this.dropping = 0;
    }
    if (this.timer === undefined) this.flush();
  }

  private finish() {
    if (this.abort.signal.aborted) return;
    this.socket.emit("logs:end", { subId: this.subId, ...this.endMessage });
    this.close();
  }

  close() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.queue = [];
    this.held = [];
    this.abort.abort();
    this.leaveFollow?.();
    this.leaveFollow = undefined;
    this.onClosed();
  }
}

/**
 * `logs:subscribe` / `logs:unsubscribe`: per-viewer engine log streams, closed with the viewer. A view's container is
 * resolved against the shared container list before anything is opened (an unknown one costs no inspect); a socket
 * holds at most LIVE_LIMITS.logs.viewsPerSocket views, and the engine streams they cost count against a budget per
 * socket and per server (a merged view of several containers will cost one stream per container).
 */
export const logsChannel: LiveChannel = (io, socket, engine) => {
  const subs = new Map<string, Subscription>();
  const { viewsPerSocket, streamsPerSocket, streamsPerServer } = LIVE_LIMITS.logs;
  const streams = serverBudget(io, { what: "engine log streams", perSocket: streamsPerSocket, perServer: streamsPerServer });
  const follows = logFollowsOf(engine);

  const stop = (subId: string) => subs.get(subId)?.close();
  const errors: ListenOptions = {
    unacked: (r, context) => socket.emit("logs:error", { subId: context.subId, code: r.code, message: r.message }),
  };

  listen(
    socket,
    "logs:subscribe",
    async (payload, reply) => {
      const parsed = logsSubscribe.safeParse(payload);
      if (!parsed.success) return reply.refuse(invalidPayload(parsed.error), { subId: subIdOf(payload) });
      const req = parsed.data;
      const context = { subId: req.subId };
      stop(req.subId);
      if (subs.size >= viewsPerSocket) {
        return reply.refuse(refusal("too_many", `at most ${viewsPerSocket} log views per connection; close one first`), context);
      }
      const overBudget = streams.take(socket.id);
      if (overBudget) return reply.refuse(overBudget, context);
      let released = false;
      const sub: Subscription = new Subscription(socket, req.subId, () => {
        if (subs.get(req.subId) === sub) subs.delete(req.subId);
        if (!released) streams.release(socket.id);
        released = true;
      });
      subs.set(req.subId, sub);
      // Unsubscribed, replaced or disconnected meanwhile: only an ack still hears of it.
      const takenBack = () => {
        if (reply.hasAck) reply.refuse(refusal("aborted", `logs:unsubscribe came first for ${req.subId}`));
      };
      const found = await resolveContainer(engine, req.container);
      if (sub.abort.signal.aborted) return takenBack();
      if (isRefusal(found)) {
        sub.close();
        return reply.refuse(found, context);
      }
      // A view up to a time reads its own stream; every other view of this container shares one follow (joined
      // before its history is asked for, so no line falls between the two) and reads only its history alone.
      const shared = req.until === undefined;
      try {
        if (shared) {
          const leave = await follows.join(found.id, sub.follow);
          if (sub.abort.signal.aborted) {
            leave();
            return takenBack();
          }
          sub.leaveFollow = leave;
        }
        sub.source = await streamContainerLogs(
          engine,
          found.id,
          { follow: !shared, tail: req.tail, since: req.since, until: req.until, timestamps: req.timestamps, signal: sub.abort.signal },
          (lines) => (shared ? sub.pushHistory(lines) : sub.push(lines)),
        );
      } catch (err) {
        const aborted = sub.abort.signal.aborted;
        sub.close();
        if (aborted) return takenBack();
        return reply.refuse(engineRefusal(err), context);
      }
      if (sub.abort.signal.aborted) return takenBack();
      reply.ok({ container: sub.source.container });
      sub.source.done.then(
        () => (shared ? sub.historyRead() : sub.end("ended")),
        (err: unknown) => sub.endWith(err),
      );
    },
    errors,
  );

  listen(
    socket,
    "logs:unsubscribe",
    (payload, reply) => {
      const parsed = logsUnsubscribe.safeParse(payload);
      if (!parsed.success) return reply.refuse(invalidPayload(parsed.error), { subId: subIdOf(payload) });
      stop(parsed.data.subId);
      reply.ok();
    },
    errors,
  );

  socket.on("disconnect", () => {
    for (const id of [...subs.keys()]) stop(id);
  });
};

function subIdOf(payload: unknown): string | undefined {
  const v = (payload as { subId?: unknown } | null)?.subId;
  return typeof v === "string" ? v.slice(0, 64) : undefined;
}
