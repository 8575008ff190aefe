import http from "node:http";

// Small HTTP servers on 127.0.0.1 that play a misbehaving registry, the port it redirects to, or its token
// server. The Berth server and the sandbox engine share the test's network namespace, so both reach them;
// every request is recorded (with its Authorization header) so a test can say who was asked, and with what.

export interface RecordedRequest {
  method: string;
  url: string;
  authorization?: string;
}

export interface LocalServer {
  /** `127.0.0.1:<port>`, as a registry address names it. */
  host: string;
  origin: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => void;

export async function startLocalServer(handle: Handler): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", authorization: req.headers.authorization });
    handle(req, res, new URL(req.url ?? "/", "http://fake"));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    host,
    origin: `http://${host}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const V2 = { "Docker-Distribution-Api-Version": "registry/2.0", "Content-Type": "application/json" };

export function v2Json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { ...V2, ...headers }).end(JSON.stringify(body));
}

export function redirectTo(res: http.ServerResponse, location: string, status = 307) {
  res.writeHead(status, { Location: location }).end();
}

/** The registry's 401 naming a token server, as distribution's token auth answers. */
export function bearerChallenge(res: http.ServerResponse, realm: string, scope = "registry:catalog:*") {
  v2Json(res, 401, { errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] }, {
    "WWW-Authenticate": `Bearer realm="${realm}",service="fake-registry",scope="${scope}"`,
  });
}

export function basicAuth(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;
}
