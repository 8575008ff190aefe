import http from "node:http";

export interface SearchIndex {
  /** `127.0.0.1:<port>`: search terms and references start with it. */
  host: string;
  /** The `q` of every search the engine made. */
  queries: string[];
  close(): Promise<void>;
}

export interface IndexEntry {
  name: string;
  description: string;
  stars: number;
  official: boolean;
}

/**
 * A registry index on 127.0.0.1 for `docker search`: Hub cannot be reached here, but the engine searches any index
 * a term names (`docker search 127.0.0.1:5099/busy`) through the same v1 API. It answers `/v1/_ping` and
 * `/v1/search` from `entries`, and hands every other request (the v2 API a pull uses) to the sandbox registry, so
 * a search result can be pulled for real.
 */
export async function startSearchIndex(registryPort: number, entries: (host: string) => IndexEntry[]): Promise<SearchIndex> {
  const queries: string[] = [];
  let host = "";
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://index");
    if (url.pathname === "/v1/_ping") {
      res.writeHead(200, { "Content-Type": "application/json", "X-Docker-Registry-Version": "0.6.0" }).end("true");
      return;
    }
    if (url.pathname === "/v1/search") {
      const q = url.searchParams.get("q") ?? "";
      queries.push(q);
      const results = entries(host)
        .filter((e) => e.name.includes(q))
        .map((e) => ({ name: e.name, description: e.description, star_count: e.stars, is_official: e.official, is_automated: false }));
      res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ num_results: results.length, query: q, results }));
      return;
    }
    const upstream = http.request(
      { host: "127.0.0.1", port: registryPort, path: req.url, method: req.method, headers: { ...req.headers, host: `127.0.0.1:${registryPort}` } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    host,
    queries,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
