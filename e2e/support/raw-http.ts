import http from "node:http";
import { authHeaders } from "./auth";

/**
 * A request with exactly the headers given (fetch and Playwright won't let a test forge Host), plus the key as
 * Bearer unless the headers carry their own Authorization or Cookie, or `auth: false` (what a stranger sends). With
 * `timeoutMs` it fails when no full answer came in time; many of them (the API walker) are far cheaper than
 * Playwright's `request`.
 */
export function rawRequest(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; auth?: boolean; timeoutMs?: number; localAddress?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const u = new URL(url);
  const own = Object.keys(opts.headers ?? {}).some((h) => /^(authorization|cookie)$/i.test(h));
  const headers: Record<string, string> = opts.auth === false || own ? { ...opts.headers } : { ...authHeaders(), ...opts.headers };
  // Node frames a DELETE's (or GET's) body only when told its length: unframed, it would read as the next request.
  if (opts.body !== undefined && !Object.keys(headers).some((h) => /^(content-length|transfer-encoding)$/i.test(h))) {
    headers["Content-Length"] = String(Buffer.byteLength(opts.body));
  }
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: opts.method ?? "GET",
        headers,
        // A loopback address of its own (127.0.0.2…) makes the request come from another peer, e.g. a reverse proxy.
        ...(opts.localAddress ? { localAddress: opts.localAddress } : {}),
        ...(opts.timeoutMs ? { signal: AbortSignal.timeout(opts.timeoutMs) } : {}),
      },
      (res) => {
        answer = { status: res.statusCode ?? 0, headers: res.headers, body: "" };
        res.setEncoding("utf8");
        res.on("data", (c: string) => (answer!.body += c));
        res.on("end", () => resolve(answer!));
      },
    );
    // A server may answer a large body early (413) and close before it is all sent: the answer is what counts.
    let answer: { status: number; headers: http.IncomingHttpHeaders; body: string } | undefined;
    req.on("error", (err) => (answer && answer.status ? resolve(answer) : reject(err)));
    req.end(opts.body);
  });
}
