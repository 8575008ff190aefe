import { expect, test, type APIResponse } from "@playwright/test";
import { startBerth, type BerthServer } from "./support/berth-server";
import { engineSocketPath, startCountingProxy, type CountingProxy } from "./support/counting-proxy";
import { containerExists, dockerCli, FIXTURE_IMAGE, inspectContainer, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { networkNames, removeNetworksQuietly } from "./support/volnet";

// Input the engine used to refuse with a 500 (a 502 from Berth, quoting its storage paths), or accept and then never
// start: each is a 4xx naming the field, in the engine's words where it is the one refusing, and nothing is created.

const NUL = "\u0000";
const STORAGE = /overlay2|docker-import|\/var\/lib\/docker|\/tmp\/bs-/;

async function refused(res: APIResponse, status: number) {
  const body = (await res.json()) as { error: { code: string; message: string; fields?: Record<string, string> } };
  expect(res.status(), JSON.stringify(body)).toBe(status);
  expect(body.error.message).not.toMatch(STORAGE);
  return body.error;
}

test.describe("bad input", () => {
  const name = uniqueName("bad-input");
  const network = uniqueName("bad-input-net");
  const sleeper = uniqueName("bad-input-sleeper");

  test.beforeAll(() => {
    runSleeper(sleeper);
    dockerCli("network", "create", network);
  });
  test.afterAll(() => {
    removeQuietly(name, sleeper);
    removeNetworksQuietly(network, `${network}-overlap`, `${network}-all`);
  });

  test("a container that could never start is refused with a 400 or 404 naming the field, and not created", async ({ request }) => {
    const create = (extra: Record<string, unknown>) => request.post("/api/containers", { data: { image: FIXTURE_IMAGE, name, ...extra } });
    const cases: [Record<string, unknown>, number, string][] = [
      [{ workingDir: `/a${NUL}b` }, 400, "workingDir"],
      [{ image: `busy${NUL}box` }, 400, "image"],
      [{ memory: "99999999999999999999" }, 400, "memory"],
      [{ env: [{ key: "A", value: `b${NUL}c` }] }, 400, "env.0.value"],
      [{ env: [{ key: `A${NUL}`, value: "b" }] }, 400, "env.0.key"],
      [{ user: `ro${NUL}ot` }, 400, "user"],
      [{ labels: [{ key: "big", value: "x".repeat(5000) }] }, 400, "labels.0.value"],
      [{ network: { mode: "network", target: "berth-no-such-network" } }, 404, "network.target"],
      [{ network: { mode: "container", target: "berth-no-such-container" } }, 404, "network.target"],
    ];
    for (const [extra, status, field] of cases) {
      const error = await refused(await create(extra), status);
      expect(Object.keys(error.fields ?? {}), JSON.stringify(extra).slice(0, 80)).toContain(field);
      expect(containerExists(name)).toBe(false);
    }
    const missing = await refused(await create({ network: { mode: "network", target: "berth-no-such-network" } }), 404);
    expect(missing.message).toContain("berth-no-such-network");
  });

  test("bodies: JSON only as application/json, and a 50 MB body is refused without being read", async ({ request }) => {
    const asText = await request.post("/api/containers", { headers: { "Content-Type": "text/plain" }, data: JSON.stringify({ image: FIXTURE_IMAGE, name }) });
    expect((await refused(asText, 415)).code).toBe("unsupported_media_type");
    const huge = JSON.stringify({ image: FIXTURE_IMAGE, name, labels: [{ key: "big", value: "x".repeat(50 * 1024 * 1024) }] });
    expect((await refused(await request.post("/api/containers", { headers: { "Content-Type": "application/json" }, data: huge }), 413)).code).toBe("too_large");
    expect(containerExists(name)).toBe(false);
  });

  test("network refusals are the caller's: an overlapping or all-covering subnet, a disconnect of a container not on it", async ({ request }) => {
    const bridgeSubnet = dockerCli("network", "inspect", "bridge", "--format", "{{(index .IPAM.Config 0).Subnet}}");
    const overlap = await refused(await request.post("/api/networks", { data: { name: `${network}-overlap`, subnet: bridgeSubnet } }), 409);
    expect(overlap.message).toMatch(/overlaps/i);
    const all = await refused(await request.post("/api/networks", { data: { name: `${network}-all`, subnet: "0.0.0.0/0" } }), 400);
    expect(all.fields?.subnet).toBeTruthy();
    expect(networkNames()).not.toContain(`${network}-overlap`);
    expect(networkNames()).not.toContain(`${network}-all`);
    const notConnected = await refused(await request.post(`/api/networks/${network}/disconnect`, { data: { container: sleeper } }), 409);
    expect(notConnected.message).toContain("is not connected");
  });

  test("an import that is not a tar and a commit ENV change with a NUL byte are 400s that create no image", { tag: "@alone" }, async ({ request }) => {
    const images = () => dockerCli("images", "-aq", "--no-trunc").split("\n").filter(Boolean).sort();
    const before = images();
    const notATar = await refused(await request.post("/api/images/import?repository=berth-e2e/not-a-tar", { data: Buffer.from("not a tar at all") }), 400);
    expect(notATar.message).toMatch(/not a tar/i);
    const commit = await refused(await request.post(`/api/containers/${sleeper}/commit`, { data: { changes: [`ENV A=b${NUL}c`] } }), 400);
    expect(commit.fields?.["changes.0"]).toContain("NUL");
    expect(images()).toEqual(before);
  });
});

test.describe("a container's create config", () => {
  const PORT = Number(process.env.BERTH_E2E_PORT ?? 3111) + 4;
  const name = uniqueName("body-only");
  let proxy: CountingProxy;
  let server: BerthServer;

  test.beforeAll(async () => {
    test.setTimeout(60_000);
    proxy = await startCountingProxy(engineSocketPath(), `/tmp/berth-e2e-${name}.sock`);
    server = await startBerth(PORT, { DOCKER_HOST: `unix://${proxy.socketPath}` });
  });
  test.afterAll(async () => {
    server?.stop();
    await server?.exited;
    await proxy?.close();
    removeQuietly(name);
  });

  test("travels to the engine in the request body only: no label or env value in any URL the engine receives", async ({ playwright }) => {
    const label = `label-marker-${"L".repeat(4000)}`;
    const secret = `env-secret-${Date.now()}`;
    const api = await playwright.request.newContext({ baseURL: server.base });
    const from = proxy.calls.length;
    const res = await api.post("/api/containers", {
      data: { image: FIXTURE_IMAGE, name, labels: [{ key: "big", value: label }], env: [{ key: "TOKEN", value: secret }] },
    });
    expect(res.status(), await res.text()).toBe(201);
    await api.dispose();
    const calls = proxy.calls.slice(from);
    const create = calls.find((c) => c.method === "POST" && c.path.includes("/containers/create"));
    expect(create?.path).toMatch(new RegExp(`/containers/create\\?name=${name}$`));
    for (const c of calls) {
      expect(c.path).not.toContain("label-marker");
      expect(c.path).not.toContain(secret);
    }
    const made = inspectContainer(name) as unknown as { Config: { Labels: Record<string, string>; Env: string[] } };
    expect(made.Config.Labels.big).toBe(label);
    expect(made.Config.Env).toContain(`TOKEN=${secret}`);
  });
});
