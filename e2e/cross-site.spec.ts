import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { apiRouteFiles, fillPattern, type HttpMethod } from "./support/api-routes";
import { containerState, dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { describeEvents, engineEventsBetween } from "./support/engine-events";
import { imageExists, imageId, REGISTRY } from "./support/images";
import { rawRequest } from "./support/raw-http";
import { addRegistryByApi, listRegistries, sandboxOutput } from "./support/registries";
import { removeNetworksQuietly, removeVolumesQuietly } from "./support/volnet";
import { sleep } from "./support/wait";

// A foreign page can make the browser send any GET it likes (`<img src>`), and some of Berth's GETs start
// engine work (an export, an image save, an archive download). So every /api route and the socket.io
// endpoint answer only Berth's own pages — whatever the method — and the engine must not notice a thing.

const port = Number(new URL(baseURL).port);
const HOST = `127.0.0.1:${port}`;

// How a browser marks a request from somewhere else. The last is the attacker on a developer's machine:
// a page on another port of localhost is the same *site* as Berth, but not the same origin.
const ATTACKS: { name: string; headers: Record<string, string> }[] = [
  { name: "Sec-Fetch-Site: cross-site", headers: { "Sec-Fetch-Site": "cross-site" } },
  { name: "a foreign Origin", headers: { Origin: "http://evil.example" } },
  { name: "same-site from another port", headers: { "Sec-Fetch-Site": "same-site", Origin: `http://127.0.0.1:${port + 1}` } },
];

const SETTLE_MS = 1000;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("cross-site requests", () => {
  const container = uniqueName("xsite");
  const volume = uniqueName("xsite-vol");
  const network = uniqueName("xsite-net");
  // The sandbox registry under a second name, so this spec's entry is its own (registries.spec has the first).
  const registryAddress = `localhost:${REGISTRY.split(":")[1]}`;
  let containerId = "";
  let fixtureId = "";
  let registryId = "";

  test.beforeAll(async ({ request }) => {
    // Something for every route to act on, were it let through.
    containerId = runSleeper(container);
    fixtureId = imageId(FIXTURE_IMAGE);
    dockerCli("volume", "create", volume);
    dockerCli("network", "create", network);
    for (const r of await listRegistries(request)) if (r.address === registryAddress) await request.delete(`/api/registries/${r.id}`);
    registryId = (await addRegistryByApi(request, registryAddress)).id;
  });
  test.afterAll(async ({ request }) => {
    removeQuietly(container);
    removeVolumesQuietly(volume);
    removeNetworksQuietly(network);
    if (registryId) await request.delete(`/api/registries/${registryId}`);
  });

  /** A plausible value for each dynamic segment, by the collection it is in. */
  function paramValue(param: string, collection: string): string {
    if (collection === "containers") return containerId;
    if (collection === "images") return fixtureId;
    if (collection === "volumes") return volume;
    if (collection === "networks") return network;
    if (collection === "registries") return registryId;
    if (param === "action") return "stop";
    // Tasks are short-lived (none exists between specs) and a route added later may bring a new kind:
    // the policy refuses before any lookup, so a well-formed placeholder still tests the route.
    return `e2e-${param}`;
  }

  // Queries some GETs need to do anything at all: with them, a request let through would have done it.
  const QUERIES: Record<string, () => string> = {
    "/api/containers/[id]/archive": () => "path=/etc/hostname",
    "/api/images/save": () => `names=${encodeURIComponent(FIXTURE_IMAGE)}`,
    "/api/events": () => `since=${Date.now() - 60_000}`,
    "/api/events/export": () => `since=${Date.now() - 60_000}`,
    "/api/registries/[id]/tags": () => "repository=berth-fixture/busybox",
    "/api/registries/search": () => "term=busybox",
    "/api/volumes/[name]/browse/[session]/download": () => "path=/",
  };

  test("every /api route and the socket.io endpoint refuse a cross-site request, whatever the method, and the engine sees nothing", { tag: "@alone" }, async () => {
    const routes = apiRouteFiles();
    expect(routes.length, "route files under app/api").toBeGreaterThan(0);
    for (const r of routes) expect(r.methods, `${r.file} exports no HTTP method this test can read`).not.toEqual([]);
    for (const key of Object.keys(QUERIES)) expect(routes.map((r) => r.pattern), `QUERIES names ${key}, which no longer exists`).toContain(key);

    const targets: { what: string; method: HttpMethod; url: string; extra?: Record<string, string> }[] = [];
    for (const route of routes) {
      const query = QUERIES[route.pattern]?.();
      const url = fillPattern(route.pattern, paramValue) + (query ? `?${query}` : "");
      for (const method of route.methods) targets.push({ what: route.file, method, url });
    }
    // The live channel: its long-polling handshake and its WebSocket upgrade.
    targets.push({ what: "socket.io (polling)", method: "GET", url: "/socket.io/?EIO=4&transport=polling" });
    targets.push({
      what: "socket.io (websocket)",
      method: "GET",
      url: "/socket.io/?EIO=4&transport=websocket",
      extra: { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==" },
    });

    const wrong: string[] = [];
    const since = Date.now();
    for (const target of targets) {
      for (const attack of ATTACKS) {
        const hasBody = target.method !== "GET" && target.method !== "HEAD";
        const label = `${target.method} ${target.url} (${target.what}) with ${attack.name}`;
        const res = await rawRequest(`${baseURL}${target.url}`, {
          method: target.method,
          // Content-Length spelled out: Node sends a DELETE's body without one, and the server would read it as the next request.
          headers: { Host: HOST, ...attack.headers, ...target.extra, ...(hasBody ? { "Content-Type": "application/json", "Content-Length": "2" } : {}) },
          body: hasBody ? "{}" : undefined,
        }).catch((err: Error) => {
          wrong.push(`${label}: ${err.message}`);
          return undefined;
        });
        if (!res) continue;
        if (res.status !== 403) wrong.push(`${label}: answered ${res.status} ${res.body.slice(0, 120)}`);
        if (!String(res.headers["content-type"]).startsWith("application/json")) wrong.push(`${label}: Content-Type ${res.headers["content-type"]}`);
        // A HEAD answer has no body; its status and type are all there is.
        if (target.method === "HEAD") continue;
        let error: { code?: string; message?: string } | undefined;
        try {
          error = (JSON.parse(res.body) as { error?: typeof error }).error;
        } catch {}
        if (error?.code !== "cross_origin") wrong.push(`${label}: body ${res.body.slice(0, 120)}`);
        else if (!error.message?.startsWith(`Refused ${target.method} ${target.url.split("?")[0]}:`)) wrong.push(`${label}: message "${error.message}"`);
      }
    }
    await sleep(SETTLE_MS);
    const events = engineEventsBetween(since, Date.now());

    expect.soft(wrong, `${targets.length} targets × ${ATTACKS.length} attacks`).toEqual([]);
    // Nothing filtered out: the sandbox engine has no background activity, and nothing else runs meanwhile.
    expect(describeEvents(events), "engine events while the requests were sent").toEqual([]);
    expect(containerState(container)).toBe("running");
    expect(imageExists(FIXTURE_IMAGE)).toBe(true);
    expect(dockerCli("volume", "inspect", "--format", "{{.Name}}", volume)).toBe(volume);
    expect(dockerCli("network", "inspect", "--format", "{{.Name}}", network)).toBe(network);
  });

  test("the same requests from Berth's own origin, or from a script, are answered", async () => {
    // The refusals above are about where a request comes from, not about the route: the listing, the
    // export and the save stream for Berth's own pages and for curl alike.
    const friendly: Record<string, string>[] = [{ "Sec-Fetch-Site": "same-origin", Origin: `http://${HOST}` }, { "Sec-Fetch-Site": "none" }, {}];
    for (const headers of friendly) {
      const res = await rawRequest(`${baseURL}/api/containers?all=1`, { headers: { Host: HOST, ...headers } });
      expect(res.status).toBe(200);
      expect((JSON.parse(res.body) as { containers: { id: string }[] }).containers.map((c) => c.id)).toContain(containerId);
    }
    const page = await rawRequest(`${baseURL}/containers/${container}`, { headers: { Host: HOST, "Sec-Fetch-Site": "cross-site" } });
    expect(page.status, "a link from a chat still opens Berth's page").toBe(200);
  });

  for (const evilHost of ["127.0.0.1", "localhost"]) {
    test(`a page at http://${evilHost}:<another port> cannot make the engine work from a real browser`, { tag: "@alone" }, async ({ page }) => {
      // The same shape as security.spec's stop test: a second server in this namespace that Chromium reaches
      // through its loopback tunnel (scripts/browser-netns.mjs), Host and Origin untouched.
      const api = `${baseURL}/api`;
      const save = `/api/images/${encodeURIComponent(fixtureId)}/save`;
      const exportPath = `/api/containers/${containerId}/export`;
      const stopPath = `/api/containers/${containerId}/stop`;
      const evil = http.createServer((_req, res) => {
        res.writeHead(200, { "Content-Type": "text/html" });
        res.end(`<!doctype html><title>evil</title>
          <img id="save" src="${baseURL}${save}">
          <img id="export" src="${baseURL}${exportPath}">
          <iframe name="sink"></iframe>
          <form method="post" action="${baseURL}${stopPath}" target="sink" enctype="text/plain"><input type="hidden" name="{}" value=""></form>
          <script>
            const settled = (img) => new Promise((r) => { if (img.complete) r(); else { img.onload = r; img.onerror = r; } });
            const listing = fetch(${JSON.stringify(`${api}/containers?all=1`)}, { mode: "no-cors" }).catch(() => {});
            document.forms[0].submit();
            Promise.all([settled(document.getElementById("save")), settled(document.getElementById("export")), listing])
              .then(() => { document.title = "sent"; });
          </script>`);
      });
      await new Promise<void>((r) => evil.listen(0, "127.0.0.1", r));
      const logFrom = sandboxOutput().length;
      const since = Date.now();
      try {
        await page.goto(`http://${evilHost}:${(evil.address() as AddressInfo).port}/`);
        await expect(page).toHaveTitle("sent");
        // Berth's log says what it refused: both downloads, the listing and the form's POST.
        const site = evilHost === "127.0.0.1" ? "same-site" : "cross-site";
        for (const [method, path] of [
          ["GET", save],
          ["GET", exportPath],
          ["GET", "/api/containers"],
          ["POST", stopPath],
        ]) {
          const line = new RegExp(`\\[berth\\] 403 cross_origin: Refused ${escapeRegExp(`${method} ${path}`)}: the browser says .*\\(Sec-Fetch-Site: ${site}\\)`);
          // Soft, so that a failure here still goes on to say what the engine did.
          await expect
            .configure({ soft: true })
            .poll(() => sandboxOutput().slice(logFrom), { message: `Berth logs the refused ${method} ${path}` })
            .toMatch(line);
        }
        await sleep(SETTLE_MS);
        expect(describeEvents(engineEventsBetween(since, Date.now())), "engine events while the page was open").toEqual([]);
        expect(containerState(container)).toBe("running");
      } finally {
        evil.close();
      }
    });
  }
});
