import http from "node:http";

/**
 * A request with exactly the headers given (fetch and Playwright won't let a test forge Host). With `timeoutMs` it
 * fails when no full answer came in time; many of them (the API walker) are far cheaper than Playwright's `request`.
 */
export function rawRequest(
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string | Buffer; timeoutMs?: number } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method: opts.method ?? "GET",
        headers: opts.headers,
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
