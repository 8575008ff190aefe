import { useEffect } from "react";
import useSWR from "swr";
import type { Socket } from "socket.io-client";
import type { ApiError } from "@/lib/browser/api/api-error";
import { getSocket } from "@/lib/browser/live/socket";
import type { AuditRowView } from "@/lib/shared/schemas/audit";

/**
 * The audit log's newest rows matching `query` (GET /api/audit), re-read when the server pushes a new row
 * (`audit:row`, admins' sockets only) and on every reconnect — never on a timer.
 */
export function useAudit(query: string) {
  const { data, error, mutate } = useSWR<{ rows: AuditRowView[]; more: boolean }, ApiError>(`/api/audit${query ? `?${query}` : ""}`);

  useEffect(() => {
    const socket = getSocket() as unknown as Socket;
    const onRow = () => void mutate();
    const watch = () => {
      socket.emit("audit:watch", {}, () => {});
      void mutate();
    };
    socket.on("audit:row", onRow);
    socket.on("connect", watch);
    if (socket.connected) watch();
    return () => {
      socket.off("audit:row", onRow);
      socket.off("connect", watch);
      socket.emit("audit:unwatch", {}, () => {});
    };
  }, [mutate]);

  return { rows: data?.rows, more: data?.more ?? false, error };
}
