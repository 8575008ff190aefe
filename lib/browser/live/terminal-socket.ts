import type { Socket } from "socket.io-client";
import type { ExecClientToServerEvents, ExecServerToClientEvents } from "@/lib/shared/types/exec";
import { getSocket } from "./socket";

export type TerminalSocket = Socket<ExecServerToClientEvents, ExecClientToServerEvents>;

/** The shared live socket, seen through the terminal's events. */
export function terminalSocket(): TerminalSocket {
  return getSocket() as unknown as TerminalSocket;
}

/** A session id the server can tell apart from the tab's other sessions. */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Splits pasted text so no socket message exceeds the server's bound. */
export function chunkInput(data: string, max: number): string[] {
  if (data.length <= max) return [data];
  const chunks: string[] = [];
  for (let i = 0; i < data.length; ) {
    let end = Math.min(i + max, data.length);
    // Never split a surrogate pair: the half would reach the shell as garbage.
    const code = data.charCodeAt(end - 1);
    if (end < data.length && code >= 0xd800 && code <= 0xdbff) end -= 1;
    chunks.push(data.slice(i, end));
    i = end;
  }
  return chunks;
}
