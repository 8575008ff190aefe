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

export interface LogContainerInfo {
  id: string;
  name: string;
  tty: boolean;
  running: boolean;
}

/** Server → browser events of the logs channel. */
export interface LogsServerEvents {
  /** A batch of lines, in order. */
  "logs:lines": (msg: { subId: string; lines: LogLine[] }) => void;
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
