import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_BYTES, RefusedAddress, registryGet } from "./registry-transport";

// A real server on 127.0.0.1: the transport's own behaviour (no redirect followed, the address check at
// connect time, the body cap) is only seen over a real socket.
let port = 0;
const seen: { url?: string; auth?: string }[] = [];
const server = http.createServer((req, res) => {
  seen.push({ url: req.url, auth: req.headers.authorization });
  if (req.url === "/redirect") return res.writeHead(302, { Location: "http://127.0.0.1:1/elsewhere" }).end();
  if (req.url === "/huge") {
    res.writeHead(200, { "Content-Type": "application/json" });
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent <= MAX_BODY_BYTES && res.write(chunk)) sent += chunk.length;
      if (sent > MAX_BODY_BYTES) res.end();
      else res.once("drain", pump);
    };
    return pump();
  }
  if (req.url === "/slow") return void setTimeout(() => res.end("late"), 2000);
  res.writeHead(200, { "Content-Type": "application/json", Link: '</next>; rel="next"' }).end(JSON.stringify({ ok: true }));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as { port: number }).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const init = (extra: Partial<Parameters<typeof registryGet>[1]> = {}) => ({
  headers: { Accept: "application/json", Authorization: "Basic eA==" },
  redirect: "manual" as const,
  signal: AbortSignal.timeout(5000),
  ...extra,
});

describe("registryGet", () => {
  it("answers status, headers and body like fetch", async () => {
    const res = await registryGet(`http://127.0.0.1:${port}/v2/`, init());
    expect(res.status).toBe(200);
    expect(res.headers.get("link")).toBe('</next>; rel="next"');
    expect(await res.json()).toEqual({ ok: true });
    expect(seen.at(-1)).toEqual({ url: "/v2/", auth: "Basic eA==" });
  });

  it("never follows a redirect itself", async () => {
    const res = await registryGet(`http://127.0.0.1:${port}/redirect`, init());
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("http://127.0.0.1:1/elsewhere");
  });

  it("checks every address a host name resolves to before connecting", async () => {
    const before = seen.length;
    const asked: string[] = [];
    const err = await registryGet(`http://localhost:${port}/v2/`, init({ refuseAddress: (a) => (asked.push(a), "that is loopback") })).catch((e) => e);
    expect(err).toBeInstanceOf(RefusedAddress);
    expect(err.reason).toBe("that is loopback");
    expect(asked[0]).toMatch(/^(127\.0\.0\.1|::1)$/);
    expect(seen.length).toBe(before);
    // Let through, the same name connects.
    expect((await registryGet(`http://localhost:${port}/v2/`, init({ refuseAddress: () => undefined }))).status).toBe(200);
  });

  it("stops reading an answer beyond the size cap", async () => {
    await expect(registryGet(`http://127.0.0.1:${port}/huge`, init())).rejects.toMatchObject({ code: "ERR_BERTH_BODY_TOO_LARGE" });
  });

  it("gives up at the signal's timeout", async () => {
    await expect(registryGet(`http://127.0.0.1:${port}/slow`, init({ signal: AbortSignal.timeout(100) }))).rejects.toMatchObject({ name: "TimeoutError" });
  });

  it("reports a refused connection with its code", async () => {
    await expect(registryGet("http://127.0.0.1:1/v2/", init())).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});
