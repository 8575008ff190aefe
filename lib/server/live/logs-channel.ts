import "server-only";
import { describeIssues } from "@/lib/shared/schemas/field-errors";
import type { Socket } from "socket.io";
import { ZodError } from "zod";
import { streamContainerLogs, type LogSource } from "@/lib/server/engine/logs";
import type { LogLine, LogsSubscribeAck } from "@/lib/shared/types/logs";
import { logsSubscribe, logsUnsubscribe } from "@/lib/shared/schemas/logs";
import type { LiveChannel } from "./channel";
import { toEngineError } from "@/lib/server/engine/errors";

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
const MAX_SUBSCRIPTIONS = 4;

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

  constructor(
    private readonly socket: Socket,
    readonly subId: string,
    private readonly onClosed: () => void,
  ) {}

  push(lines: LogLine[]) {
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
      this.socket.emit("logs:lines", { subId: this.subId, lines: batch.splice(0) });
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
    this.abort.abort();
    this.onClosed();
  }
}

function refusal(err: unknown): { code: string; message: string } {
  if (err instanceof ZodError) {
    return {
      code: "invalid_request",
      message: describeIssues(err.issues),
    };
  }
  const e = toEngineError(err);
  return { code: e.code, message: e.message };
}

/** `logs:subscribe` / `logs:unsubscribe`: per-viewer engine log streams, closed with the viewer. */
export const logsChannel: LiveChannel = (_io, socket, engine) => {
  const subs = new Map<string, Subscription>();

  const stop = (subId: string) => subs.get(subId)?.close();

  socket.on("logs:subscribe", async (payload: unknown, ack?: unknown) => {
    const reply = (answer: LogsSubscribeAck) => {
      if (typeof ack === "function") ack(answer);
      else if (!answer.ok) socket.emit("logs:error", { subId: subIdOf(payload), code: answer.code, message: answer.message });
    };
    const parsed = logsSubscribe.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, ...refusal(parsed.error) });
    const req = parsed.data;
    stop(req.subId);
    if (subs.size >= MAX_SUBSCRIPTIONS) {
      return reply({ ok: false, code: "too_many", message: `at most ${MAX_SUBSCRIPTIONS} log views per page` });
    }
    const sub: Subscription = new Subscription(socket, req.subId, () => {
      if (subs.get(req.subId) === sub) subs.delete(req.subId);
    });
    subs.set(req.subId, sub);
    try {
      sub.source = await streamContainerLogs(engine, 
        req.container,
        { follow: true, tail: req.tail, since: req.since, until: req.until, timestamps: req.timestamps, signal: sub.abort.signal },
        (lines) => sub.push(lines),
      );
    } catch (err) {
      sub.close();
      return reply({ ok: false, ...refusal(err) });
    }
    if (sub.abort.signal.aborted) return; // unsubscribed or disconnected while opening
    reply({ ok: true, container: sub.source.container });
    sub.source.done.then(
      () => sub.end("ended"),
      (err: unknown) => sub.end("error", refusal(err).message),
    );
  });

  socket.on("logs:unsubscribe", (payload: unknown) => {
    const parsed = logsUnsubscribe.safeParse(payload);
    if (parsed.success) stop(parsed.data.subId);
  });

  socket.on("disconnect", () => {
    for (const id of [...subs.keys()]) stop(id);
  });
};

function subIdOf(payload: unknown): string | undefined {
  const v = (payload as { subId?: unknown } | null)?.subId;
  return typeof v === "string" ? v.slice(0, 64) : undefined;
}
