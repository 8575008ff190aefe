// Container log lines as Berth passes them from the engine to the browser. Types only: the logs
// channel, the API route and the client components all import these.

export type LogStreamName = "stdout" | "stderr";

export interface LogLine {
  /** TTY containers have one stream, reported as stdout (the engine cannot tell them apart either). */
  stream: LogStreamName;
  /** The line without its newline; ANSI escape codes are kept, the browser renders them. */
  text: string;
  /** The engine's RFC 3339 timestamp (UTC, nanoseconds). Always sent: showing it is the browser's choice. */
  ts?: string;
  /** The line was longer than Berth keeps; the rest of it was dropped. */
  truncated?: true;
}

/** A batch of lines as it travels to the browser (`logs:batch`): lib/shared/logs/log-batch.ts encodes and decodes it. */
export interface LogBatch {
  subId: string;
  /** The lines' texts in order, joined by "\n" (a line never holds one: lines are split on it). One line at least. */
  text: string;
  /** Their engine times, joined the same way ("" for a line without one). */
  ts: string;
  /** Which lines (0-based, ascending) came from stderr; absent when none did. */
  stderr?: number[];
  /** Which lines were cut (longer than Berth keeps); absent when none were. */
  truncated?: number[];
}

export interface LogContainerInfo {
  id: string;
  name: string;
  tty: boolean;
  running: boolean;
}

/** Server → browser events of the logs channel. */
export interface LogsServerEvents {
  /** A batch of lines, in order, in the compact shape of lib/shared/logs/log-batch.ts. */
  "logs:batch": (msg: LogBatch) => void;
  /** `count` lines were dropped here because this browser could not keep up. */
  "logs:skipped": (msg: { subId: string; count: number }) => void;
  /** The engine closed the stream: the container stopped (reason "ended") or the stream failed. */
  "logs:end": (msg: { subId: string; reason: "ended" | "error"; message?: string }) => void;
  /** A subscribe request was refused (bad payload, no such container, engine down). */
  "logs:error": (msg: { subId?: string; code: string; message: string }) => void;
}

export type LogsSubscribeAck =
  | { ok: true; container: LogContainerInfo }
  | { ok: false; code: string; message: string };

/** Browser → server events of the logs channel (payloads validated by lib/shared/schemas/logs.ts). */
export interface LogsClientEvents {
  "logs:subscribe": (payload: unknown, ack?: (answer: LogsSubscribeAck) => void) => void;
  "logs:unsubscribe": (payload: unknown) => void;
}
