"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { Socket } from "socket.io-client";
import type { LogBatch, LogContainerInfo, LogLine, LogsClientEvents, LogsServerEvents } from "@/lib/shared/types/logs";
import { decodeLogBatch } from "@/lib/shared/logs/log-batch";
import type { LogsSubscribeInput } from "@/lib/shared/schemas/logs";
import { LogBuffer, MAX_ROWS, type LogRow } from "@/lib/browser/logs/log-buffer";
import { normalizeTs } from "@/lib/shared/logs/log-time";
import { getSocket } from "@/lib/browser/live/socket";

export interface LogStreamOptions {
  container: string;
  tail: number | "all";
  /** As the server takes it: a duration back from now ("5m") or a date. */
  since?: string;
  /** Paused: the view holds still; new lines wait (bounded) and are counted. */
  paused: boolean;
  /** The engine's StartedAt and FinishedAt: a newer start resumes following, from the end of the last run. */
  startedAt?: string;
  finishedAt?: string;
  running: boolean;
}

export type LogStreamStatus = "connecting" | "following" | "ended" | "error";

export interface LogStreamState {
  rows: LogRow[];
  droppedOlder: number;
  status: LogStreamStatus;
  error?: string;
  /** Lines that arrived while paused, not shown yet. */
  newWhilePaused: number;
  clear: () => void;
}

type Item = LogLine | { skipped: number };
type LogsSocket = Socket<LogsServerEvents, LogsClientEvents>;

let subCounter = 0;
const newSubId = () => `l${Date.now().toString(36)}${(subCounter++).toString(36)}`;

/** Follows one container's logs over the shared socket; batches land once per animation frame. */
export function useLogStream(opts: LogStreamOptions): LogStreamState {
  const bufferRef = useRef(new LogBuffer());
  const [rows, setRows] = useState<LogRow[]>([]);
  const [droppedOlder, setDroppedOlder] = useState(0);
  const [status, setStatus] = useState<LogStreamStatus>("connecting");
  const [error, setError] = useState<string>();
  const [newWhilePaused, setNewWhilePaused] = useState(0);
  const [epoch, setEpoch] = useState(0);

  const incoming = useRef<Item[]>([]);
  const held = useRef<Item[]>([]);
  const heldLines = useRef(0);
  const frame = useRef<number | undefined>(undefined);
  const pausedRef = useRef(opts.paused);
  const resumeFrom = useRef<string | undefined>(undefined);
  // The engine time of the newest line received: a resumed or reconnected stream starts there, and
  // lines up to it (sent again, since the engine's `since` is inclusive) are dropped.
  const lastTs = useRef<string | undefined>(undefined);
  // The container start the current stream belongs to: only a newer start resumes following.
  const streamStart = useRef<string | undefined>(undefined);
  // When the run the stream belongs to finished: the next run's lines all come after it. (Its
  // StartedAt is no boundary: a quick `echo` logs before the engine records StartedAt.)
  const streamFinish = useRef<string | undefined>(undefined);
  const latest = useRef(opts);
  latest.current = opts;

  const publish = useCallback(() => {
    frame.current = undefined;
    const items = incoming.current;
    incoming.current = [];
    if (!items.length) return;
    const buffer = bufferRef.current;
    buffer.append(items);
    setRows(buffer.rows);
    setDroppedOlder(buffer.droppedOlder);
  }, []);

  const enqueue = useCallback(
    (items: Item[]) => {
      if (pausedRef.current) {
        // Held back while paused, within the same bound as the view; overflow becomes a gap marker.
        for (const item of items) {
          if ("skipped" in item || heldLines.current < MAX_ROWS) {
            held.current.push(item);
            if (!("skipped" in item)) heldLines.current++;
          } else {
            const last = held.current.at(-1);
            if (last && "skipped" in last) last.skipped++;
            else held.current.push({ skipped: 1 });
          }
        }
        setNewWhilePaused(heldLines.current);
        return;
      }
      for (const item of items) incoming.current.push(item);
      frame.current ??= requestAnimationFrame(publish);
    },
    [publish],
  );

  // Resuming releases what was held, in order.
  useEffect(() => {
    pausedRef.current = opts.paused;
    if (!opts.paused && held.current.length) {
      const items = held.current;
      held.current = [];
      heldLines.current = 0;
      setNewWhilePaused(0);
      enqueue(items);
    }
  }, [opts.paused, enqueue]);

  // A stopped container that starts again: follow on from the last line shown (or, with none, from
  // the end of the last run), keeping what is shown.
  useEffect(() => {
    if (opts.startedAt === streamStart.current && !opts.running && opts.finishedAt) streamFinish.current = opts.finishedAt;
    // Running or not: a short-lived container may have started, written and stopped between two renders.
    if (status === "ended" && opts.startedAt && opts.startedAt !== streamStart.current) {
      resumeFrom.current = lastTs.current ?? streamFinish.current ?? opts.startedAt;
      setEpoch((e) => e + 1);
    }
  }, [status, opts.startedAt, opts.finishedAt, opts.running]);

  /** Drops every line shown and held: a new stream, or the user's Clear. */
  const clear = useCallback(() => {
    bufferRef.current.clear();
    incoming.current = [];
    held.current = [];
    heldLines.current = 0;
    setRows([]);
    setDroppedOlder(0);
    setNewWhilePaused(0);
  }, []);

  const { container, tail, since } = opts;
  useEffect(() => {
    const socket = getSocket() as unknown as LogsSocket;
    const resuming = resumeFrom.current;
    resumeFrom.current = undefined;
    if (!resuming) {
      lastTs.current = undefined;
      clear();
    }
    setStatus("connecting");
    setError(undefined);
    let subId = newSubId();
    let first = true;
    streamStart.current = latest.current.startedAt;
    streamFinish.current = latest.current.running ? undefined : latest.current.finishedAt;

    // Lines at or before this engine time were shown already (see lastTs).
    let seenUpTo: string | undefined;

    const subscribe = () => {
      const from = first ? resuming : lastTs.current;
      const payload: LogsSubscribeInput = { subId, container, tail: first && !resuming ? tail : "all" };
      if (first && !resuming && since) payload.since = since;
      // A reconnect with nothing shown yet starts afresh rather than replaying the whole log.
      else if (!first && !from) payload.tail = 0;
      if (from) {
        payload.since = from;
        seenUpTo = lastTs.current;
      }
      first = false;
      socket.emit("logs:subscribe", payload, (answer) => {
        if (answer.ok) {
          setStatus(answer.container.running ? "following" : "ended");
          setError(undefined);
        } else {
          setStatus("error");
          setError(answer.message);
        }
      });
    };

    const onBatch = (msg: LogBatch) => {
      if (msg.subId !== subId) return;
      let lines = decodeLogBatch(msg);
      if (seenUpTo) {
        const upTo = seenUpTo;
        lines = lines.filter((l) => !l.ts || normalizeTs(l.ts) > upTo);
        if (lines.length) seenUpTo = undefined;
      }
      const newest = lines.at(-1)?.ts;
      if (newest) lastTs.current = normalizeTs(newest);
      if (lines.length) enqueue(lines);
    };
    const onSkipped = (msg: { subId: string; count: number }) => {
      if (msg.subId === subId) enqueue([{ skipped: msg.count }]);
    };
    const onEnd = (msg: { subId: string; reason: "ended" | "error"; message?: string }) => {
      if (msg.subId !== subId) return;
      setStatus(msg.reason === "error" ? "error" : "ended");
      if (msg.message) setError(msg.message);
    };
    const onReconnect = () => {
      // The server forgot our subscription with the old connection.
      subId = newSubId();
      subscribe();
    };

    socket.on("logs:batch", onBatch);
    socket.on("logs:skipped", onSkipped);
    socket.on("logs:end", onEnd);
    (socket as unknown as Socket).on("connect", onReconnect);
    if (socket.connected) subscribe();
    return () => {
      socket.emit("logs:unsubscribe", { subId });
      socket.off("logs:batch", onBatch);
      socket.off("logs:skipped", onSkipped);
      socket.off("logs:end", onEnd);
      (socket as unknown as Socket).off("connect", onReconnect);
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
      frame.current = undefined;
      // Lines already received still belong on screen if we only resume.
      if (incoming.current.length) bufferRef.current.append(incoming.current.splice(0));
    };
  }, [container, tail, since, epoch, enqueue, clear]);


  return { rows, droppedOlder, status, error, newWhilePaused, clear };
}

export type { LogContainerInfo };
