import http from "node:http";
import { authHeaders } from "./auth";

/**
 * A request with exactly the headers given (fetch and Playwright won't let a test forge Host), plus the key as
 * Bearer unless the headers carry their own Authorization or Cookie, or `auth: false` (what a stranger sends).
 */
export function rawRequest(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; auth?: boolean } = {},
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
      { host: u.hostname, port: u.port, path: u.pathname + u.search, method: opts.method ?? "GET", headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}
