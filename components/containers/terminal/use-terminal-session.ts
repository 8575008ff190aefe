"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { EXEC_LIMITS, type ExecOpenRequest, type TerminalMode } from "@/lib/shared/types/exec";
import { chunkInput, newSessionId, terminalSocket } from "@/lib/browser/live/terminal-socket";
import { LineEditor } from "@/lib/browser/terminal/terminal-line-editor";
import { joinArgv } from "@/lib/shared/argv";
import type { Xterm } from "./use-xterm";

export type SessionStatus =
  | { kind: "idle" }
  | { kind: "connecting"; mode: TerminalMode }
  | { kind: "connected"; mode: TerminalMode; label: string; notice?: string }
  | { kind: "ended"; mode: TerminalMode; reason: string; exitCode?: number; failed?: boolean }
  | { kind: "error"; message: string };

export type OpenSpec =
  | { mode: "exec"; cmd: string[]; user?: string; workdir?: string }
  | { mode: "attach" };

// The server pauses the engine stream when too much output is not yet drawn; acking in batches keeps
// the acks few while staying well under the server's pause threshold.
const ACK_BATCH_CHARS = 32 * 1024;
const OPEN_TIMEOUT_MS = 15_000;

/** One terminal session at a time over the shared socket, drawn into `xterm`. */
export function useTerminalSession(xterm: Xterm | null, container: string) {
  const [status, setStatus] = useState<SessionStatus>({ kind: "idle" });
  // `editor` is set for processes without a TTY, which neither echo nor edit what is typed.
  const session = useRef<{ id: string; mode: TerminalMode; editor?: LineEditor } | null>(null);

  useEffect(() => {
    if (!xterm) return;
    const { term } = xterm;
    const socket = terminalSocket();
    let drawn = 0;

    const onOutput = ({ sessionId, data }: { sessionId: string; data: string }) => {
      if (session.current?.id !== sessionId) return;
      term.write(data, () => {
        drawn += data.length;
        if (drawn >= ACK_BATCH_CHARS && session.current?.id === sessionId) {
          socket.emit("exec:ack", { sessionId, chars: drawn });
          drawn = 0;
        }
      });
    };
    const onExit = (e: { sessionId: string; exitCode?: number; reason: string; failed?: boolean }) => {
      const current = session.current;
      if (current?.id !== e.sessionId) return;
      session.current = null;
      setStatus({ kind: "ended", mode: current.mode, reason: e.reason, exitCode: e.exitCode, failed: e.failed });
    };
    // The server ends every session of a socket that goes away; say so rather than show a dead prompt.
    const onDisconnect = () => {
      if (!session.current) return;
      session.current = null;
      setStatus({ kind: "error", message: "The connection to Berth was lost; the session has ended." });
    };
    socket.on("exec:output", onOutput);
    socket.on("exec:exit", onExit);
    socket.on("disconnect", onDisconnect);

    const input = term.onData((typed) => {
      const current = session.current;
      if (!current) return;
      const id = current.id;
      let data = typed;
      if (current.editor) {
        const { echo, send } = current.editor.feed(typed);
        if (echo) term.write(echo);
        if (!send) return;
        data = send;
      }
      for (const chunk of chunkInput(data, EXEC_LIMITS.maxInputChars)) socket.emit("exec:input", { sessionId: id, data: chunk });
    });
    const resize = term.onResize(({ cols, rows }) => {
      const id = session.current?.id;
      if (id) socket.emit("exec:resize", { sessionId: id, cols: clamp(cols), rows: clamp(rows) });
    });

    return () => {
      socket.off("exec:output", onOutput);
      socket.off("exec:exit", onExit);
      socket.off("disconnect", onDisconnect);
      input.dispose();
      resize.dispose();
      // Leaving the tab ends the session; closing the browser tab drops the socket, which does too.
      if (session.current) socket.emit("exec:close", { sessionId: session.current.id });
      session.current = null;
    };
  }, [xterm]);

  const connect = useCallback(
    (spec: OpenSpec) => {
      if (!xterm || session.current) return;
      const { term, fit } = xterm;
      const id = newSessionId();
      session.current = { id, mode: spec.mode };
      term.reset();
      fit.fit();
      setStatus({ kind: "connecting", mode: spec.mode });
      const request: ExecOpenRequest = { ...spec, sessionId: id, container, cols: clamp(term.cols), rows: clamp(term.rows) };
      terminalSocket()
        .timeout(OPEN_TIMEOUT_MS)
        .emit("exec:open", request, (err, ack) => {
          if (session.current?.id !== id) return;
          if (err || !ack.ok) {
            session.current = null;
            setStatus({ kind: "error", message: err ? "Berth did not answer; is the server running?" : ack.ok ? "" : ack.message });
            return;
          }
          // Without a TTY the process writes bare "\n": xterm must return to column 0 itself.
          term.options.convertEol = !ack.tty;
          if (!ack.tty) session.current.editor = new LineEditor();
          const label = spec.mode === "exec" ? joinArgv(spec.cmd) : "main process";
          setStatus((s) => (s.kind === "connecting" ? { kind: "connected", mode: spec.mode, label, notice: ack.notice } : s));
          term.focus();
        });
    },
    [xterm, container],
  );

  const disconnect = useCallback(() => {
    const current = session.current;
    if (!current) return;
    session.current = null;
    terminalSocket().emit("exec:close", { sessionId: current.id });
    setStatus({
      kind: "ended",
      mode: current.mode,
      reason: current.mode === "attach" ? "Detached; the container keeps running" : "Disconnected; the command was ended",
    });
  }, []);

  return { status, connect, disconnect };
}

function clamp(n: number): number {
  return Math.min(EXEC_LIMITS.maxDimension, Math.max(1, Math.floor(n) || 1));
}
