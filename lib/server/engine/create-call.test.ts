import http from "node:http";
import type { AddressInfo } from "node:net";
import Dockerode from "dockerode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "./engine";
import { createContainerCall, createNetworkCall, createVolumeCall } from "./create-call";

// What docker-modem actually puts on the wire, recorded by a stand-in engine: the config must be in the body only.
const seen: { url: string; body: string }[] = [];
let server: http.Server;
let engine: Engine;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c: Buffer) => (body += c.toString()));
    req.on("end", () => {
      seen.push({ url: req.url ?? "", body });
      res.writeHead(201, { "Content-Type": "application/json" }).end(JSON.stringify({ Id: "abc123", Name: "v", Warnings: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const docker = new Dockerode({ host: "127.0.0.1", port: (server.address() as AddressInfo).port, protocol: "http", version: "v1.41" });
  engine = { docker } as unknown as Engine;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const SECRET = "s3cret-" + "x".repeat(10_000);

describe("create calls", () => {
  it("send a container's config in the body and only its name in the URL", async () => {
    seen.length = 0;
    const { id } = await createContainerCall(engine, { name: "web", Image: "busybox", Env: [`TOKEN=${SECRET}`], Labels: { big: SECRET } });
    expect(id).toBe("abc123");
    expect(seen[0]!.url).toBe("/v1.41/containers/create?name=web");
    expect(JSON.parse(seen[0]!.body)).toEqual({ Image: "busybox", Env: [`TOKEN=${SECRET}`], Labels: { big: SECRET } });
  });
  it("send no query at all for an unnamed container, a network or a volume", async () => {
    seen.length = 0;
    await createContainerCall(engine, { Image: "busybox", Labels: { big: SECRET } });
    await createNetworkCall(engine, { Name: "n", Labels: { big: SECRET } });
    await createVolumeCall(engine, { Name: "v", Labels: { big: SECRET } });
    expect(seen.map((s) => s.url)).toEqual(["/v1.41/containers/create?", "/v1.41/networks/create?", "/v1.41/volumes/create?"]);
    for (const s of seen) expect(s.body).toContain(SECRET);
  });
  it("would have put it all in the URL through dockerode's own call (why these exist)", async () => {
    seen.length = 0;
    await engine.docker.createContainer({ Image: "busybox", Labels: { big: "visible" } });
    expect(seen[0]!.url).toContain("visible");
  });
});
