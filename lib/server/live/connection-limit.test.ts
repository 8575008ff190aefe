import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Server } from "socket.io";
import { io as connect, type Socket } from "socket.io-client";
import { limitConnections } from "./connection-limit";

// A real socket.io server and clients on loopback: the cap is socket.io middleware, best seen through socket.io.
describe("limitConnections", () => {
  const clients: Socket[] = [];
  let server: Server | undefined;
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
    server?.close();
  });

  it("refuses a connection past the cap with too_many, and takes one again when another leaves", async () => {
    const http = createServer();
    server = new Server(http);
    limitConnections(server, 2);
    await new Promise<void>((r) => http.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    const open = () =>
      new Promise<{ ok: true } | { ok: false; data: unknown; message: string }>((resolve) => {
        const c = connect(url, { transports: ["websocket"], forceNew: true, reconnection: false });
        clients.push(c);
        c.once("connect", () => resolve({ ok: true }));
        c.once("connect_error", (err: Error & { data?: unknown }) => resolve({ ok: false, data: err.data, message: err.message }));
      });
    expect(await open()).toEqual({ ok: true });
    expect(await open()).toEqual({ ok: true });
    const message = "the server is at its limit of 2 live connections; close other tabs";
    expect(await open()).toEqual({ ok: false, message, data: { code: "too_many", message } });
    clients[0]!.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(await open()).toEqual({ ok: true });
  });
});
