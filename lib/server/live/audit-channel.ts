import "server-only";
import type { Server } from "socket.io";
import { auditListeners, type AuditRow } from "@/lib/server/audit/audit-log";
import { processWide } from "@/lib/server/process-state";
import type { LiveChannel } from "./channel";
import { invalidPayload, listen } from "./listen";
import { noPayload } from "@/lib/shared/schemas/audit";

// The /audit screen, live: an admin's socket joins the room and gets each new row as it is written (by a route in
// Next's bundle or a channel here: the listeners are process-wide). The access table keeps everyone else out.

export const AUDIT_ROOM = "audit";

function forward(io: Server) {
  processWide("audit-forward", () => {
    const listener = (row: AuditRow) => io.to(AUDIT_ROOM).emit("audit:row", row);
    auditListeners().add(listener);
    return listener;
  });
}

export const auditChannel: LiveChannel = (io, socket) => {
  forward(io);
  listen(socket, "audit:watch", (payload, reply) => {
    const parsed = noPayload.safeParse(payload);
    if (!parsed.success) return reply.refuse(invalidPayload(parsed.error, "audit:watch takes no payload"));
    void socket.join(AUDIT_ROOM);
    reply.ok();
  });
  listen(socket, "audit:unwatch", (payload, reply) => {
    const parsed = noPayload.safeParse(payload);
    if (!parsed.success) return reply.refuse(invalidPayload(parsed.error, "audit:unwatch takes no payload"));
    void socket.leave(AUDIT_ROOM);
    reply.ok();
  });
};
