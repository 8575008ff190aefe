// The terminal's wire protocol (socket.io events) and session types. Types only: the browser
// imports them too.

import type { LiveRefusal } from "./live";

export type TerminalMode = "exec" | "attach";

/** `exec:open` — start a command (`exec`) or attach to the main process (`attach`). */
export type ExecOpenRequest =
  | {
      sessionId: string;
      container: string;
      mode: "exec";
      /** argv, e.g. ["sh"]; never a shell string. */
      cmd: string[];
      user?: string;
      workdir?: string;
      cols: number;
      rows: number;
    }
  | { sessionId: string; container: string; mode: "attach"; cols: number; rows: number };

export type ExecOpenAck =
  | {
      ok: true;
      /** Whether the process has a TTY (exec sessions always do). */
      tty: boolean;
      /** Something the user should know, e.g. the main process's stdin is not open. */
      notice?: string;
    }
  | LiveRefusal;

export interface ExecInputMessage {
  sessionId: string;
  data: string;
}

export interface ExecResizeMessage {
  sessionId: string;
  cols: number;
  rows: number;
}

export interface ExecCloseMessage {
  sessionId: string;
}

/** The browser has written `chars` more characters of this session's output to its screen. */
export interface ExecAckMessage {
  sessionId: string;
  chars: number;
}

export interface ExecOutputEvent {
  sessionId: string;
  /** UTF-8 decoded across chunk boundaries. */
  data: string;
}

export interface ExecExitEvent {
  sessionId: string;
  /** The command's (or, for attach, the container's) exit code when known. */
  exitCode?: number;
  /** Why the session ended, in words for the status line. */
  reason: string;
  /** True when the session ended because it could not run (missing binary, bad user or directory…). */
  failed?: boolean;
}

export interface ExecServerToClientEvents {
  "exec:output": (event: ExecOutputEvent) => void;
  "exec:exit": (event: ExecExitEvent) => void;
  /** A message sent without an ack was refused (invalid, unknown session…; `event` names it); it was dropped. */
  "exec:error": (event: { event: string; code: string; message: string }) => void;
}

export interface ExecClientToServerEvents {
  "exec:open": (request: ExecOpenRequest, ack: (result: ExecOpenAck) => void) => void;
  "exec:input": (message: ExecInputMessage) => void;
  "exec:resize": (message: ExecResizeMessage) => void;
  "exec:close": (message: ExecCloseMessage) => void;
  "exec:ack": (message: ExecAckMessage) => void;
}

/** Limits shared by the server's schemas and the browser (which chunks pastes to fit). */
export const EXEC_LIMITS = {
  maxSessionsPerSocket: 8,
  maxInputChars: 16 * 1024,
  maxArgs: 64,
  maxArgChars: 4096,
  maxDimension: 1000,
} as const;
