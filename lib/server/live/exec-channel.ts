import "server-only";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/security/trusted-proxy";
import { recordAudit, type AuditEntry } from "@/lib/server/audit/audit-log";
import type { Principal } from "@/lib/shared/auth/roles";
import type { Socket } from "socket.io";
import { StringDecoder } from "node:string_decoder";
import { openAttach, openExec, type TerminalEnd, type TerminalStream } from "@/lib/server/engine/exec";
import type { ExecExitEvent, ExecOutputEvent } from "@/lib/shared/types/exec";
import {
  execAckMessage,
  execCloseMessage,
  execInputMessage,
  execOpenRequest,
  execResizeMessage,
} from "@/lib/shared/schemas/exec";
import type { LiveChannel } from "./channel";
import { serverBudget } from "./budget";
import { LIVE_LIMITS } from "./limits";
import { engineRefusal, invalidPayload, listen, refusal, type ListenOptions } from "./listen";
import { isRefusal, resolveContainer } from "./resolve-container";

// Output the browser has been sent but not yet drawn. Past HIGH the engine stream is paused until the
// browser's acks bring it under LOW, so `yes` in a terminal cannot pile up in the server, the socket
// or the browser (xterm buffers whatever it is given).
const FLOW_HIGH_CHARS = 512 * 1024;
const FLOW_LOW_CHARS = 128 * 1024;

interface Session {
  id: string;
  abort: AbortController;
  stream?: TerminalStream;
  /** stream.close() once asked for. */
  closing?: Promise<void>;
  unacked: number;
  paused: boolean;
  closed: boolean;
  /** Its share of the sessions budget was given back (once the engine side is done with it). */
  released: boolean;
}

/**
 * The terminal: exec'd commands and attachments to a container's main process, one socket.io session
 * each. The handshake already checked Host and Origin; here every payload is validated, the container is
 * resolved against the shared container list before any exec (an unknown one costs nothing), sessions are
 * capped per socket and per server, and every engine stream ends with the socket.
 */
export const execChannel: LiveChannel = (io, socket, engine) => {
  const sessions = new Map<string, Session>();
  const budget = serverBudget(io, { what: "terminal sessions", perSocket: LIVE_LIMITS.exec.perSocket, perServer: LIVE_LIMITS.exec.perServer });
  const errors: ListenOptions = {
    unacked: (r, context) => socket.emit("exec:error", { event: context.event, code: r.code, message: r.message }),
  };
  const stream: ListenOptions = { ...errors, kind: "stream" };

  const emitExit = (id: string, end: TerminalEnd) => {
    const event: ExecExitEvent = { sessionId: id, reason: end.reason };
    if (end.exitCode !== undefined) event.exitCode = end.exitCode;
    if (end.failed) event.failed = true;
    socket.emit("exec:exit", event);
  };

  const release = (session: Session) => {
    if (session.released) return;
    session.released = true;
    if (sessions.get(session.id) === session) sessions.delete(session.id);
    budget.release(socket.id);
  };

  const close = (session: Session) => {
    if (session.closed) return;
    session.closed = true;
    session.abort.abort();
    if (!session.stream) return; // still opening: the open path releases it
    session.closing = session.stream.close().catch((err) => console.error("[berth] closing a terminal session failed:", err));
    // The session's budget comes back once its engine side (the stream, the processes it left) is done.
    void session.closing.finally(() => release(session));
  };

  listen(
    socket,
    "exec:open",
    async (payload, reply) => {
      const context = { event: "exec:open" };
      const parsed = execOpenRequest.safeParse(payload);
      if (!parsed.success) return reply.refuse(invalidPayload(parsed.error), context);
      const request = parsed.data;
      if (sessions.has(request.sessionId)) return reply.refuse(refusal("invalid_request", "this session id is already in use"), context);
      const overBudget = budget.take(socket.id);
      if (overBudget) return reply.refuse(overBudget, context);

      const session: Session = { id: request.sessionId, abort: new AbortController(), unacked: 0, paused: false, closed: false, released: false };
      sessions.set(session.id, session);
      const takenBack = () => {
        release(session);
        if (reply.hasAck) reply.refuse(refusal("aborted", "exec:close came first for this session"));
      };
      const found = await resolveContainer(engine, request.container);
      if (session.closed) return takenBack();
      if (isRefusal(found)) {
        release(session);
        return reply.refuse(found, context);
      }
      let opened: TerminalStream;
      try {
        opened =
          request.mode === "exec"
            ? await openExec(engine, found.id, request, session.abort.signal)
            : await openAttach(engine, found.id, request, session.abort.signal);
      } catch (err) {
        if (session.closed) return takenBack();
        release(session);
        return reply.refuse(engineRefusal(err), context);
      }
      session.stream = opened;
      if (session.closed) {
        // Closed (or the socket left) while the engine was answering.
        void opened
          .close()
          .catch(() => {})
          .finally(() => release(session));
        if (reply.hasAck) reply.refuse(refusal("aborted", "exec:close came first for this session"));
        return;
      }

      // Who opened a shell (or attached) where, and when it ended: a terminal is root in that container.
      const audit = terminalAudit(socket, request.mode, found.name ?? request.container);
      recordAudit({ ...audit, verb: `terminal-start (${request.mode})`, outcome: "ok" });
      void opened.ended.then(() => recordAudit({ ...audit, verb: `terminal-end (${request.mode})`, outcome: "ok" }));

      // Attached at once: the engine's first bytes (a prompt, or why the command could not start) count.
      const decoder = new StringDecoder("utf8");
      opened.output.on("data", (chunk: Buffer) => {
        const data = decoder.write(chunk);
        if (!data) return;
        const event: ExecOutputEvent = { sessionId: session.id, data };
        socket.emit("exec:output", event);
        session.unacked += data.length;
        if (!session.paused && session.unacked > FLOW_HIGH_CHARS) {
          session.paused = true;
          opened.pause();
        }
      });
      opened.output.on("error", () => {});
      void opened.ended.then((end) => {
        const rest = decoder.end();
        if (rest) socket.emit("exec:output", { sessionId: session.id, data: rest } satisfies ExecOutputEvent);
        session.closed = true;
        if (sessions.get(session.id) === session) sessions.delete(session.id);
        if (session.closing) void session.closing.finally(() => release(session));
        else release(session);
        if (socket.connected) emitExit(session.id, end);
      });
      reply.ok(opened.notice ? { tty: opened.tty, notice: opened.notice } : { tty: opened.tty });
    },
    errors,
  );

  const live = (sessionId: string): Session | undefined => {
    const s = sessions.get(sessionId);
    return s?.stream && !s.closed ? s : undefined;
  };
  const noSession = (event: string) => refusal("not_found", `${event}: no open terminal session with this id`);

  listen(
    socket,
    "exec:input",
    (payload, reply) => {
      const parsed = execInputMessage.safeParse(payload);
      if (!parsed.success) return reply.refuse(invalidPayload(parsed.error), { event: "exec:input" });
      const s = live(parsed.data.sessionId);
      if (!s) return reply.refuse(noSession("exec:input"), { event: "exec:input" });
      s.stream!.write(parsed.data.data);
      reply.ok();
    },
    stream,
  );

  listen(
    socket,
    "exec:resize",
    (payload, reply) => {
      const parsed = execResizeMessage.safeParse(payload);
      if (!parsed.success) return reply.refuse(invalidPayload(parsed.error), { event: "exec:resize" });
      const s = live(parsed.data.sessionId);
      if (!s) return reply.refuse(noSession("exec:resize"), { event: "exec:resize" });
      void s.stream!.resize(parsed.data.cols, parsed.data.rows);
      reply.ok();
    },
    stream,
  );

  listen(
    socket,
    "exec:ack",
    (payload, reply) => {
      const parsed = execAckMessage.safeParse(payload);
      if (!parsed.success) return reply.refuse(invalidPayload(parsed.error), { event: "exec:ack" });
      const s = sessions.get(parsed.data.sessionId);
      // Acks may trail the session's end: nothing to say about those.
      if (!s) return reply.ok();
      s.unacked = Math.max(0, s.unacked - parsed.data.chars);
      if (s.paused && s.unacked < FLOW_LOW_CHARS) {
        s.paused = false;
        s.stream?.resume();
      }
      reply.ok();
    },
    stream,
  );

  listen(
    socket,
    "exec:close",
    (payload, reply) => {
      const parsed = execCloseMessage.safeParse(payload);
      if (!parsed.success) return reply.refuse(invalidPayload(parsed.error), { event: "exec:close" });
      const s = sessions.get(parsed.data.sessionId);
      if (s) close(s);
      reply.ok();
    },
    errors,
  );

  socket.on("disconnect", () => {
    for (const s of [...sessions.values()]) close(s);
  });
};

function terminalAudit(socket: Socket, mode: string, container: string): Omit<AuditEntry, "verb" | "outcome"> {
  const who = socket.data?.principal as Principal | undefined;
  // The gate stamped the client's address (a trusted proxy's X-Forwarded-For, else the peer) on the handshake.
  const stamped = socket.handshake?.headers?.[CLIENT_ADDRESS_HEADER];
  const address = (typeof stamped === "string" && stamped) || socket.handshake?.address;
  return { actor: who?.name ?? "(unknown)", role: who?.role, address, resource: `container ${container}`, detail: mode };
}
