import "server-only";
import { describeIssues } from "@/lib/shared/schemas/field-errors";
import { StringDecoder } from "node:string_decoder";
import type { Socket } from "socket.io";
import type { ZodType } from "zod";
import { openAttach, openExec, type TerminalEnd, type TerminalStream } from "@/lib/server/engine/exec";
import { EXEC_LIMITS, type ExecExitEvent, type ExecOpenAck, type ExecOutputEvent } from "@/lib/shared/types/exec";
import {
  execAckMessage,
  execCloseMessage,
  execInputMessage,
  execOpenRequest,
  execResizeMessage,
} from "@/lib/shared/schemas/exec";
import type { LiveChannel } from "./channel";
import { toEngineError } from "@/lib/server/engine/errors";

// Output the browser has been sent but not yet drawn. Past HIGH the engine stream is paused until the
// browser's acks bring it under LOW, so `yes` in a terminal cannot pile up in the server, the socket
// or the browser (xterm buffers whatever it is given).
const FLOW_HIGH_CHARS = 512 * 1024;
const FLOW_LOW_CHARS = 128 * 1024;

interface Session {
  id: string;
  abort: AbortController;
  stream?: TerminalStream;
  unacked: number;
  paused: boolean;
  closed: boolean;
}

/**
 * The terminal: exec'd commands and attachments to a container's main process, one socket.io session
 * each. The handshake already checked Host and Origin; here every payload is validated, sessions per
 * socket are capped, and every engine stream ends with the socket.
 */
export const execChannel: LiveChannel = (_io, socket, engine) => {
  const sessions = new Map<string, Session>();

  const emitExit = (id: string, end: TerminalEnd) => {
    const event: ExecExitEvent = { sessionId: id, reason: end.reason };
    if (end.exitCode !== undefined) event.exitCode = end.exitCode;
    if (end.failed) event.failed = true;
    socket.emit("exec:exit", event);
  };

  const close = (session: Session) => {
    if (session.closed) return;
    session.closed = true;
    session.abort.abort();
    void session.stream?.close().catch((err) => console.error("[berth] closing a terminal session failed:", err));
  };

  socket.on("exec:open", async (payload: unknown, ack: unknown) => {
    const reply = (result: ExecOpenAck) => {
      if (typeof ack === "function") ack(result);
    };
    const parsed = execOpenRequest.safeParse(payload);
    if (!parsed.success) return reply({ ok: false, error: describeIssues(parsed.error.issues) });
    const request = parsed.data;
    if (sessions.has(request.sessionId)) return reply({ ok: false, error: "this session id is already in use" });
    if (sessions.size >= EXEC_LIMITS.maxSessionsPerSocket) {
      return reply({ ok: false, error: `at most ${EXEC_LIMITS.maxSessionsPerSocket} terminal sessions per browser tab` });
    }

    const session: Session = { id: request.sessionId, abort: new AbortController(), unacked: 0, paused: false, closed: false };
    sessions.set(session.id, session);
    let stream: TerminalStream;
    try {
      stream =
        request.mode === "exec"
          ? await openExec(engine, request.container, request, session.abort.signal)
          : await openAttach(engine, request.container, request, session.abort.signal);
    } catch (err) {
      sessions.delete(session.id);
      return reply({ ok: false, error: toEngineError(err).message });
    }
    session.stream = stream;
    if (session.closed) {
      // Closed (or the socket left) while the engine was answering.
      void stream.close().catch(() => {});
      return;
    }

    // Attached at once: the engine's first bytes (a prompt, or why the command could not start) count.
    const decoder = new StringDecoder("utf8");
    stream.output.on("data", (chunk: Buffer) => {
      const data = decoder.write(chunk);
      if (!data) return;
      const event: ExecOutputEvent = { sessionId: session.id, data };
      socket.emit("exec:output", event);
      session.unacked += data.length;
      if (!session.paused && session.unacked > FLOW_HIGH_CHARS) {
        session.paused = true;
        stream.pause();
      }
    });
    stream.output.on("error", () => {});
    void stream.ended.then((end) => {
      const rest = decoder.end();
      if (rest) socket.emit("exec:output", { sessionId: session.id, data: rest } satisfies ExecOutputEvent);
      sessions.delete(session.id);
      session.closed = true;
      if (socket.connected) emitExit(session.id, end);
    });
    reply(stream.notice ? { ok: true, tty: stream.tty, notice: stream.notice } : { ok: true, tty: stream.tty });
  });

  on(socket, "exec:input", execInputMessage, ({ sessionId, data }) => {
    const s = sessions.get(sessionId);
    if (s?.stream && !s.closed) s.stream.write(data);
  });

  on(socket, "exec:resize", execResizeMessage, ({ sessionId, cols, rows }) => {
    const s = sessions.get(sessionId);
    if (s?.stream && !s.closed) void s.stream.resize(cols, rows);
  });

  on(socket, "exec:ack", execAckMessage, ({ sessionId, chars }) => {
    const s = sessions.get(sessionId);
    if (!s) return;
    s.unacked = Math.max(0, s.unacked - chars);
    if (s.paused && s.unacked < FLOW_LOW_CHARS) {
      s.paused = false;
      s.stream?.resume();
    }
  });

  on(socket, "exec:close", execCloseMessage, ({ sessionId }) => {
    const s = sessions.get(sessionId);
    if (s) close(s);
  });

  socket.on("disconnect", () => {
    for (const s of sessions.values()) close(s);
    sessions.clear();
  });
};

/** A handler that only ever sees valid payloads; invalid ones get an `exec:error` and are dropped. */
function on<T>(socket: Socket, event: string, schema: ZodType<T>, handler: (payload: T) => void) {
  socket.on(event, (payload: unknown) => {
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      socket.emit("exec:error", { event, error: describeIssues(parsed.error.issues) });
      return;
    }
    handler(parsed.data);
  });
}

