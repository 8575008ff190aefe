import { expect, test } from "@playwright/test";
import { containerExists, containerState, dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, SLEEPER_CMD, uniqueName } from "./support/docker-cli";

// The HTTP API on its own: shapes, validation and the error contract, checked against the engine.

test.describe("containers API", () => {
  const name = uniqueName("api");
  test.beforeAll(() => runSleeper(name, ["-p", "127.0.0.1::8080", "--label", "berth.test=api"]));
  test.afterAll(() => removeQuietly(name));

  test("health reports the sandbox engine", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    const h = await res.json();
    expect(h).toMatchObject({ reachable: true, endpoint: process.env.DOCKER_HOST });
    expect(h.version).toBe(dockerCli("version", "--format", "{{.Server.Version}}"));
  });

  test("list carries the fields the screens need and matches docker ps -a", { tag: "@alone" }, async ({ request }) => {
    const res = await request.get("/api/containers?all=1");
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toContain("no-store");
    const { containers } = await res.json();
    const ours = containers.find((c: { name: string }) => c.name === name);
    expect(ours).toMatchObject({ name, image: FIXTURE_IMAGE, state: "running", labels: { "berth.test": "api" } });
    expect(ours.id).toMatch(/^[0-9a-f]{64}$/);
    expect(ours.status).toMatch(/^Up /);
    expect(typeof ours.created).toBe("number");
    const hostPort = Number(dockerCli("port", name, "8080/tcp").split(":").pop());
    expect(ours.ports).toContainEqual({ privatePort: 8080, protocol: "tcp", hostIp: "127.0.0.1", hostPort });
    const ids = dockerCli("ps", "-aq", "--no-trunc").split("\n").filter(Boolean).sort();
    expect(containers.map((c: { id: string }) => c.id).sort()).toEqual(ids);
  });

  test("inspect resolves an id, an id prefix and a name", async ({ request }) => {
    const id = dockerCli("inspect", "--format", "{{.Id}}", name);
    for (const ref of [id, id.slice(0, 10), name]) {
      const res = await request.get(`/api/containers/${ref}`);
      expect(res.status()).toBe(200);
      const { container } = await res.json();
      expect(container).toMatchObject({ id, name, state: "running", cmd: SLEEPER_CMD });
    }
  });

  test("unknown container → 404 with the engine's message", async ({ request }) => {
    const res = await request.get("/api/containers/no-such-container-xyz");
    expect(res.status()).toBe(404);
    const body = await res.json();
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toContain("no-such-container-xyz");
    const post = await request.post("/api/containers/no-such-container-xyz/start");
    expect(post.status()).toBe(404);
  });

  test("a verb that does not fit the state → 409, and the engine is left alone", async ({ request }) => {
    const res = await request.post(`/api/containers/${name}/unpause`);
    expect(res.status()).toBe(409);
    expect((await res.json()).error).toMatchObject({ code: "conflict" });
    const start = await request.post(`/api/containers/${name}/start`);
    expect(start.status()).toBe(409);
    expect(containerState(name)).toBe("running");
  });

  test("bad input → 400/404 JSON errors", async ({ request }) => {
    const badRef = await request.get("/api/containers/..%2Fetc");
    expect(badRef.status()).toBe(400);
    expect((await badRef.json()).error.code).toBe("invalid_request");
    const badQuery = await request.get("/api/containers?all=maybe");
    expect(badQuery.status()).toBe(400);
    const badVerb = await request.post(`/api/containers/${name}/explode`);
    expect(badVerb.status()).toBe(404);
    expect((await badVerb.json()).error.code).toBe("unknown_action");
    const badRemove = await request.delete(`/api/containers/${name}?forse=1`);
    expect(badRemove.status()).toBe(400);
    expect(containerState(name)).toBe("running");
  });

  test("no state-changing GET", async ({ request }) => {
    const res = await request.get(`/api/containers/${name}/stop`);
    expect(res.status()).toBe(405);
    expect(containerState(name)).toBe("running");
  });

  test("verbs and delete act on the engine", async ({ request }) => {
    const other = uniqueName("api-verbs");
    runSleeper(other);
    try {
      const stop = await request.post(`/api/containers/${other}/stop`);
      expect(stop.status()).toBe(200);
      expect((await stop.json()).container.state).toBe("exited");
      expect(containerState(other)).toBe("exited");
      const del = await request.delete(`/api/containers/${other}`);
      expect(del.status()).toBe(200);
      expect(containerExists(other)).toBe(false);
    } finally {
      removeQuietly(other);
    }
  });

  test("removing a running container needs force", async ({ request }) => {
    const other = uniqueName("api-rm");
    runSleeper(other);
    try {
      const plain = await request.delete(`/api/containers/${other}`);
      expect(plain.status()).toBe(409);
      expect(containerState(other)).toBe("running");
      const forced = await request.delete(`/api/containers/${other}?force=1&volumes=1`);
      expect(forced.status()).toBe(200);
      expect(containerExists(other)).toBe(false);
    } finally {
      removeQuietly(other);
    }
  });
});

test("fixture image is present (harness sanity)", () => {
  expect(dockerCli("image", "inspect", "--format", "{{.Id}}", FIXTURE_IMAGE)).toMatch(/^sha256:/);
});
