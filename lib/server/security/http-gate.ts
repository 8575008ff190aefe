import "server-only";
import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import type { BerthConfig } from "@/lib/server/config";
import { authenticate } from "@/lib/server/auth/authenticate";
import { gateSignIn, unauthorizedMessage } from "@/lib/server/auth/request-gate";
import { ApiError, errorBody } from "@/lib/shared/errors";
import { STATIC_SECURITY_HEADERS } from "./headers";
import { logRefusal } from "./refusal-log";
import { checkRequest } from "./request-policy";
import { CLIENT_ADDRESS_HEADER, clientView, PEER_ADDRESS_HEADER } from "./trusted-proxy";

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;
type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

function refusalBody(refusal: ApiError): string {
  return JSON.stringify(errorBody(refusal.code, refusal.message));
}

function unauthorized(config: Pick<BerthConfig, "mode" | "authOff">): ApiError {
  return new ApiError("unauthorized", unauthorizedMessage(config));
}

export { CLIENT_ADDRESS_HEADER } from "./trusted-proxy";

/**
 * Stamps who the request is from, over anything the client sent under these names: the direct peer (so the route
 * wrapper can repeat the proxy decision) and the client as a trusted proxy reports it (audit, rate limit).
 */
function stampClient(req: IncomingMessage, config: Pick<BerthConfig, "trustedProxies">): void {
  const peer = req.socket.remoteAddress ?? "";
  req.headers[PEER_ADDRESS_HEADER] = peer;
  req.headers[CLIENT_ADDRESS_HEADER] = clientView(peer, req.headers, config).address ?? "";
}

function policyRequest(req: IncomingMessage) {
  return { method: req.method, url: req.url, headers: req.headers, peer: req.socket.remoteAddress };
}

const REFUSAL_HEADERS = { ...STATIC_SECURITY_HEADERS, "Content-Type": "application/json", "Cache-Control": "no-store" };

/**
 * Puts the request policy in front of everything `server` serves: Next's handler and socket.io (which
 * takes its own requests and upgrades before any other listener would see them). Call it once every
 * listener is attached; the listeners it finds run only for requests the policy lets through.
 */
export function gateServer(server: Server, config: Pick<BerthConfig, "allowedHosts" | "mode" | "authOff" | "trustedProxies" | "publicOrigin">): void {
  const onRequest = server.listeners("request") as RequestListener[];
  const onUpgrade = server.listeners("upgrade") as UpgradeListener[];
  server.removeAllListeners("request");
  server.removeAllListeners("upgrade");

  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    stampClient(req, config);
    const refusal = checkRequest(policyRequest(req), config);
    if (!refusal) {
      // Then who is asking: without a key or session only the key screen (or sign-in page) and 401s answer.
      if (gateSignIn(req, res, config) === undefined) return;
      for (const listener of onRequest) listener.call(server, req, res);
      return;
    }
    logRefusal(refusal);
    res.writeHead(refusal.status, REFUSAL_HEADERS);
    res.end(refusalBody(refusal));
  });

  // An upgrade opens a channel (socket.io's WebSocket), so it is same-origin only whatever its path.
  server.on("upgrade", (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    stampClient(req, config);
    const refusal = checkRequest(policyRequest(req), config, { sameOriginOnly: true }) ?? (authenticate(req.headers, config) ? null : unauthorized(config));
    if (!refusal) {
      for (const listener of onUpgrade) listener.call(server, req, socket, head);
      return;
    }
    if (refusal.code !== "unauthorized") logRefusal(refusal);
    const body = refusalBody(refusal);
    socket.on("error", () => socket.destroy());
    const headers = { ...REFUSAL_HEADERS, Connection: "close", "Content-Length": String(Buffer.byteLength(body)) };
    const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join("");
    socket.end(`HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status] ?? ""}\r\n${lines}\r\n${body}`);
  });
}
