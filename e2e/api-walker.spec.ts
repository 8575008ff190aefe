import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { baseURL } from "../playwright.config";
import { API_DIR, apiRouteFiles, fillPattern, type ApiRouteFile, type HttpMethod } from "./support/api-routes";
import { dockerCli, FIXTURE_IMAGE, removeQuietly, runSleeper, uniqueName } from "./support/docker-cli";
import { imageId } from "./support/images";
import { rawRequest } from "./support/raw-http";
import { rssMiB } from "./support/server-process";
import { listenerPid } from "./support/stats";
import { removeNetworksQuietly, removeVolumesQuietly } from "./support/volnet";
import { sleep } from "./support/wait";
import { describeMemory, memoryAfterGc } from "./support/inspector";

// Every route file under app/api (read from the code, so a route added tomorrow is walked too), every method it
// exports, fed malformed input of each kind: in the body, in the query, in the URL's dynamic segments. Berth must
// answer each with a 4xx (or a 2xx where the input is harmless), in time, leave nothing on the engine, and give its
// memory back. The socket events get the same in live-fuzz.spec.ts.

const port = Number(new URL(baseURL).port);
const REQUEST_TIMEOUT_MS = 15_000;
const CONCURRENCY = 6;
// Memory is measured over a third walk, after two that grow the server to what serving all of this takes, each time
// after a full GC (support/inspector.ts): without it the figure is V8's uncollected garbage, +18 to +32 MiB a walk,
// which a GC gives back (measured after GCs: 192 → 201 → 202 → 202 MiB over three more walks, heap flat at 77 MiB).
const RSS_GROWTH_MIB = 20;

const LONG = "x".repeat(10_000);
const NUL = "a\u0000b";
const UNICODE = "ünïcødé-😀-\u202e-\ufeff";
const HUGE_BODY = Buffer.from(`{"big":"${"x".repeat(50 * 1024 * 1024)}"}`);

/** Values of each malformed kind, as JSON values (numbers stay numbers). */
const VALUES: Record<string, unknown> = {
  long: LONG,
  nul: NUL,
  unicode: UNICODE,
  negative: -1,
  beyondInt64: 18446744073709551616,
};

/**
 * Field names Berth's inputs use, each given every malformed value in turn (one field per request), where the route's
 * own code or the schemas it imports name it (so a request tests a field, not only "unknown key").
 */
const BODY_FIELDS = ["name", "image", "container", "path", "reference", "repository", "tag", "changes", "env", "labels", "subnet", "memory", "address", "dockerfile", "disconnect", "command", "workingDir", "user", "username", "alias"];
const QUERY_KEYS = ["path", "names", "since", "until", "all", "force", "format", "n", "term", "repository", "tail", "name", "ps_args", "severity"];

/** The route file's text and that of the schema modules it imports. */
function routeVocabulary(file: string): string {
  const source = readFileSync(path.join(API_DIR, "../..", file), "utf8");
  const schemas = [...source.matchAll(/from "@\/lib\/shared\/schemas\/([\w-]+)"/g)].map((m) =>
    readFileSync(path.join(API_DIR, "../../lib/shared/schemas", `${m[1]}.ts`), "utf8"),
  );
  return [source, ...schemas].join("\n");
}
const names = (vocabulary: string, keys: string[]) => keys.filter((k) => new RegExp(`\\b${k}\\b\\s*[:?(]|["'\`]${k}["'\`]`).test(vocabulary));

/** Raw bodies: [kind, content type, body]. */
const RAW_BODIES: [string, string | undefined, string | Buffer | undefined][] = [
  ["array", "application/json", "[]"],
  ["string", "application/json", '"text"'],
  ["number", "application/json", "42"],
  ["null", "application/json", "null"],
  ["malformed JSON", "application/json", '{"name": "x",'],
  ["__proto__ keys", "application/json", '{"__proto__":{"isAdmin":true,"image":"x"},"constructor":{"prototype":{"polluted":1}}}'],
  ["wrong content-type", "text/plain", '{"name":"x"}'],
  ["form content-type", "application/x-www-form-urlencoded", "name=x&image=y"],
  ["50 MB body", "application/json", HUGE_BODY],
];

/** Junk for each dynamic segment: too long, NUL, unicode, negative, a number past int64, a prototype key. */
const JUNK_SEGMENTS = [LONG, NUL, UNICODE, "-18446744073709551616999", "__proto__"];

interface Probe {
  what: string;
  method: HttpMethod;
  url: string;
  contentType?: string;
  body?: string | Buffer;
}

interface Outcome {
  probe: Probe;
  status: number;
  ms: number;
  error?: string;
  answer?: string;
}

function engineState(): Record<string, string[]> {
  const list = (...args: string[]) => dockerCli(...args).split("\n").filter(Boolean).sort();
  return {
    containers: list("ps", "-aq", "--no-trunc"),
    images: list("images", "-aq", "--no-trunc"),
    volumes: list("volume", "ls", "-q"),
    networks: list("network", "ls", "-q", "--no-trunc"),
  };
}


test.describe("every /api route with malformed input", { tag: "@alone" }, () => {
  const container = uniqueName("walker");
  const volume = uniqueName("walker-vol");
  const network = uniqueName("walker-net");
  let containerId = "";
  let fixtureId = "";

  test.beforeAll(() => {
    containerId = runSleeper(container);
    fixtureId = imageId(FIXTURE_IMAGE);
    dockerCli("volume", "create", volume);
    dockerCli("network", "create", network);
  });
  test.afterAll(() => {
    removeQuietly(container);
    removeVolumesQuietly(volume);
    removeNetworksQuietly(network);
  });

  /** A real object for each dynamic segment, so the malformed input reaches the handler's own checks. */
  function realValue(param: string, collection: string): string {
    if (collection === "containers") return containerId;
    if (collection === "images") return fixtureId;
    if (collection === "volumes") return volume;
    if (collection === "networks") return network;
    if (collection === "registries") return "hub";
    // An action, a task or a browse session: nothing real may be acted on (a verb would stop the sleeper).
    return `walker-${param}`;
  }

  function probesFor(route: ApiRouteFile): Probe[] {
    const probes: Probe[] = [];
    const real = fillPattern(route.pattern, realValue);
    const hasSegments = real !== route.pattern;
    const vocabulary = routeVocabulary(route.file);
    const queryKeys = names(vocabulary, QUERY_KEYS);
    const bodyFields = names(vocabulary, BODY_FIELDS);
    for (const method of route.methods) {
      const what = `${method} ${route.pattern}`;
      const readsOnly = method === "GET" || method === "HEAD";
      // With real objects only input that cannot be valid: DELETE removes, and a bare POST may act (a commit, a
      // browse session), so those get junk segments only.
      const realOk = readsOnly || (method !== "DELETE" && !/\[action\]/.test(route.pattern));
      // Every query kind where the route's code reads a query; elsewhere (an export) one, which it must ignore.
      const readsQuery = /parseQuery|searchParams/.test(vocabulary);
      if (realOk && readsQuery) {
        for (const key of queryKeys.length ? queryKeys : ["q"]) for (const [kind, v] of Object.entries(VALUES)) {
          if (typeof v === "object") continue;
          probes.push({ what: `${what} ?${key}=${kind}`, method, url: `${real}?${encodeURIComponent(key)}=${encodeURIComponent(String(v))}` });
        }
      }
      if (realOk && (readsQuery || readsOnly)) {
        probes.push({ what: `${what} ?__proto__`, method, url: `${real}?__proto__=1&constructor[prototype][polluted]=1` });
      }
      if (realOk) {
        if (!readsOnly) {
          for (const field of bodyFields.length ? bodyFields : ["name"]) for (const [kind, v] of Object.entries(VALUES)) {
            probes.push({ what: `${what} {${field}: ${kind}}`, method, url: real, contentType: "application/json", body: JSON.stringify({ [field]: v }) });
          }
          for (const [kind, type, body] of RAW_BODIES) probes.push({ what: `${what} ${kind}`, method, url: real, contentType: type, body });
        }
      }
      if (readsOnly || !hasSegments) {
        // Nothing named, nothing to act on: a missing and an empty input are malformed input too.
        if (!hasSegments || readsOnly) probes.push({ what: `${what} missing`, method, url: real });
        if (!readsOnly) probes.push({ what: `${what} empty`, method, url: real, contentType: "application/json", body: "{}" });
      }
      if (hasSegments) {
        for (const junk of JUNK_SEGMENTS) {
          const url = fillPattern(route.pattern, () => junk);
          const body = readsOnly || method === "DELETE" ? {} : { contentType: "application/json", body: "{}" };
          probes.push({ what: `${what} segment ${JSON.stringify(junk.slice(0, 24))}`, method, url, ...body });
        }
      }
    }
    return probes;
  }

  async function send(probe: Probe): Promise<Outcome> {
    const started = Date.now();
    try {
      const res = await rawRequest(`${baseURL}${probe.url}`, {
        method: probe.method,
        headers: probe.contentType ? { "Content-Type": probe.contentType } : {},
        body: probe.body,
        timeoutMs: REQUEST_TIMEOUT_MS,
      });
      const answer = res.status >= 500 ? res.body.slice(0, 300) : undefined;
      return { probe, status: res.status, ms: Date.now() - started, answer };
    } catch (err) {
      return { probe, status: 0, ms: Date.now() - started, error: String(err).slice(0, 300) };
    }
  }

  test("answers every one with a 4xx or a harmless 2xx, in time, leaving nothing behind and its memory as it was", async () => {
    test.setTimeout(180_000);
    const routes = apiRouteFiles();
    expect(routes.length, "route files under app/api").toBeGreaterThan(40);
    const probes = routes.flatMap(probesFor);
    const pid = listenerPid(port);
    const before = engineState();
    const walk = async () => {
      const outcomes: Outcome[] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < probes.length) outcomes.push(await send(probes[next++]!));
        }),
      );
      return outcomes;
    };
    // One walk warms the server up (every route bundle loaded, its heap grown to what serving all of it takes).
    await walk();
    const warmed = await memoryAfterGc(pid);
    // A second one: the first leaves malloc's arenas short of their high-water mark (RSS +9 to +25 MiB after it with
    // the heap flat), later ones do not (+0 to +1 MiB).
    await walk();
    const m0 = await memoryAfterGc(pid);
    const started = Date.now();
    const outcomes = await walk();
    const elapsed = Date.now() - started;
    const rssPeak = rssMiB(pid);
    const m1 = await memoryAfterGc(pid);

    // Docker Hub is never reachable from the sandbox: a search the engine could not send is its 502, not bad input.
    const upstreamDown = (o: Outcome) => o.probe.what.startsWith("GET /api/registries/search") && /"code":"hub_(unreachable|timeout)"/.test(o.answer ?? "");
    const failures = outcomes.filter((o) => o.status === 0 || (o.status >= 500 && !upstreamDown(o)));
    const acted = outcomes.filter((o) => o.status >= 200 && o.status < 300 && o.probe.method !== "GET" && o.probe.method !== "HEAD");
    console.log(`api walker: 2xx to a non-GET: ${acted.map((o) => `${o.probe.what} ${o.status}`).join("; ")}`);
    const slowest = [...outcomes].sort((a, b) => b.ms - a.ms)[0]!;
    const statuses: Record<number, number> = {};
    for (const o of outcomes) statuses[o.status] = (statuses[o.status] ?? 0) + 1;

    console.log(
      `api walker: ${outcomes.length} requests over ${routes.length} route files in ${(elapsed / 1000).toFixed(1)} s, statuses ${JSON.stringify(statuses)}, ` +
        `slowest ${slowest.ms} ms (${slowest.probe.what}); after one walk: ${describeMemory(warmed)}; after two: ${describeMemory(m0)}; RSS ${rssPeak.toFixed(0)} MiB at the end of the walk, garbage included; after: ${describeMemory(m1)}`,
    );

    expect(failures.map((f) => `${f.probe.what}: ${f.status || f.error} ${f.answer ?? ""}`)).toEqual([]);
    expect(m1.rssMiB - m0.rssMiB, "RSS growth over the walk after a full GC, MiB").toBeLessThan(RSS_GROWTH_MIB);
    expect(m1.heapUsedMiB - m0.heapUsedMiB, "heap growth over the walk after a full GC, MiB").toBeLessThan(RSS_GROWTH_MIB);
    // Build tasks started by a pasted (nonsense) Dockerfile fail on their own; give them a moment to end.
    let after = engineState();
    for (let i = 0; i < 20 && JSON.stringify(after) !== JSON.stringify(before); i++) {
      await sleep(250);
      after = engineState();
    }
    expect(after).toEqual(before);
  });
});
