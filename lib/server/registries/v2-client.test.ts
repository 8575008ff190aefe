import { describe, expect, it } from "vitest";
import { checkLoginDestination, fetchCatalog, fetchTags, MAX_REDIRECTS } from "./v2-client";
import type { Guard } from "./destinations";
import { RefusedAddress, type SendInit } from "./registry-transport";

type Call = { url: string; auth?: string; refuseAddress?: SendInit["refuseAddress"]; redirect?: string };

/** A fake registry: `routes` answers by URL; every call is recorded with its Authorization header. */
function fakeFetch(routes: (call: Call) => Response) {
  const calls: Call[] = [];
  const impl = (async (input: string | URL | Request, init?: RequestInit) => {
    const call: Call = {
      url: String(input),
      auth: (init?.headers as Record<string, string>)?.Authorization,
      refuseAddress: (init as SendInit | undefined)?.refuseAddress,
      redirect: init?.redirect,
    };
    calls.push(call);
    return routes(call);
  }) as typeof fetch;
  return { impl, calls };
}

const V2 = { "Docker-Distribution-Api-Version": "registry/2.0", "Content-Type": "application/json" };
const json = (body: unknown, init: { status?: number; headers?: Record<string, string> } = {}) =>
  new Response(JSON.stringify(body), { status: init.status ?? 200, headers: { ...V2, ...init.headers } });

describe("fetchCatalog", () => {
  it("reads a page over http for loopback and says where the next starts", async () => {
    const { impl, calls } = fakeFetch(() => json({ repositories: ["a", "b/c"] }, { headers: { Link: '</v2/_catalog?last=b%2Fc&n=2>; rel="next"' } }));
    const page = await fetchCatalog({ address: "127.0.0.1:5055", fetchImpl: impl }, { n: 2 });
    expect(page).toEqual({ repositories: ["a", "b/c"], next: "b/c" });
    expect(calls[0]?.url).toBe("http://127.0.0.1:5055/v2/_catalog?n=2");
    expect(calls[0]?.auth).toBeUndefined();
  });

  it("says a login is needed on a Basic challenge without credentials", async () => {
    const { impl } = fakeFetch(() => json({ errors: [] }, { status: 401, headers: { "WWW-Authenticate": 'Basic realm="x"' } }));
    await expect(fetchCatalog({ address: "127.0.0.1:5056", fetchImpl: impl }, { n: 10 })).rejects.toMatchObject({
      status: 401,
      code: "registry_unauthorized",
      message: "127.0.0.1:5056 needs a login: log in to browse it",
    });
  });

  it("sends Basic auth, and says the login was refused without repeating the password", async () => {
    const { impl, calls } = fakeFetch(() => json({}, { status: 401, headers: { "WWW-Authenticate": 'Basic realm="x"' } }));
    const err = await fetchCatalog({ address: "127.0.0.1:5056", credential: { username: "me", password: "hunter2" }, fetchImpl: impl }, { n: 1 }).catch((e) => e);
    expect(calls[0]?.auth).toBe(`Basic ${Buffer.from("me:hunter2").toString("base64")}`);
    expect(err.message).toMatch(/refused the login of me/);
    expect(err.message).not.toContain("hunter2");
  });

  it("follows the Bearer token flow with the login, then retries", async () => {
    const { impl, calls } = fakeFetch(({ url, auth }) => {
      if (url.startsWith("https://auth.example/token")) return json({ token: "tkn" });
      if (auth === "Bearer tkn") return json({ repositories: ["x"] });
      return json({}, { status: 401, headers: { "WWW-Authenticate": 'Bearer realm="https://auth.example/token",service="reg",scope="registry:catalog:*"' } });
    });
    const page = await fetchCatalog({ address: "registry.example.com", credential: { username: "me", password: "pw" }, fetchImpl: impl }, { n: 5 });
    expect(page).toEqual({ repositories: ["x"] });
    expect(calls.map((c) => c.url)).toEqual([
      "https://registry.example.com/v2/_catalog?n=5",
      "https://auth.example/token?service=reg&scope=registry%3Acatalog%3A*",
      "https://registry.example.com/v2/_catalog?n=5",
    ]);
    expect(calls[1]?.auth).toMatch(/^Basic /);
  });

  it("tells an unreachable host, a timeout and a non-registry apart", async () => {
    const refused = (async () => {
      throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    }) as unknown as typeof fetch;
    await expect(fetchCatalog({ address: "127.0.0.1:1", fetchImpl: refused }, { n: 1 })).rejects.toMatchObject({
      status: 502,
      code: "registry_unreachable",
      message: "Cannot reach the registry at 127.0.0.1:1: ECONNREFUSED",
    });
    const slow = (async (_u: unknown, init?: RequestInit) =>
      new Promise((_, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)))) as unknown as typeof fetch;
    await expect(fetchCatalog({ address: "127.0.0.1:2", fetchImpl: slow, timeoutMs: 20 }, { n: 1 })).rejects.toMatchObject({ status: 504, code: "registry_timeout" });
    const web = (async () => new Response("<html>", { status: 404, headers: { "Content-Type": "text/html" } })) as unknown as typeof fetch;
    await expect(fetchCatalog({ address: "127.0.0.1:3", fetchImpl: web }, { n: 1 })).rejects.toMatchObject({ status: 502, code: "not_a_registry" });
    const page = (async () => new Response("<html>", { status: 200, headers: { "Content-Type": "text/html" } })) as unknown as typeof fetch;
    await expect(fetchCatalog({ address: "127.0.0.1:4", fetchImpl: page }, { n: 1 })).rejects.toMatchObject({ code: "not_a_registry" });
  });
});

describe("fetchTags", () => {
  it("sorts tags and reports a missing repository", async () => {
    const { impl, calls } = fakeFetch(({ url }) =>
      url.includes("/missing/") ? json({ errors: [{ code: "NAME_UNKNOWN" }] }, { status: 404 }) : json({ name: "e2e/app", tags: ["v10", "latest", "v2"] }),
    );
    expect(await fetchTags({ address: "localhost:5000", fetchImpl: impl }, "e2e/app")).toEqual({ repository: "e2e/app", tags: ["latest", "v2", "v10"] });
    expect(calls[0]?.url).toBe("http://localhost:5000/v2/e2e/app/tags/list");
    await expect(fetchTags({ address: "localhost:5000", fetchImpl: impl }, "missing/app")).rejects.toMatchObject({ status: 404 });
  });
  it("treats null tags (all deleted) as none", async () => {
    const { impl } = fakeFetch(() => json({ name: "a", tags: null }));
    expect((await fetchTags({ address: "localhost", fetchImpl: impl }, "a")).tags).toEqual([]);
  });
});

// Berth on 3111 (every loopback spelling and one LAN name), the engine on tcp 127.0.0.1:2375.
const guard: Guard = { berth: { port: 3111, hosts: ["localhost", "127.0.0.1", "::1", "berth.lan"] }, engine: { host: "127.0.0.1", port: 2375 } };
const redirect = (location: string, status = 307) => new Response(null, { status, headers: { Location: location } });
const bearer = (realm: string) => json({}, { status: 401, headers: { "WWW-Authenticate": `Bearer realm="${realm}",service="reg"` } });
const login = { username: "me", password: "hunter2" };

describe("redirects", () => {
  it("follows a redirect within the registry's origin by hand, keeping the login", async () => {
    const { impl, calls } = fakeFetch(({ url }) =>
      url.includes("/v2/_catalog?") ? redirect("/v2/moved/_catalog?n=2") : json({ repositories: ["a"] }),
    );
    const page = await fetchCatalog({ address: "127.0.0.1:5055", credential: login, fetchImpl: impl, guard }, { n: 2 });
    expect(page).toEqual({ repositories: ["a"] });
    expect(calls.map((c) => c.url)).toEqual(["http://127.0.0.1:5055/v2/_catalog?n=2", "http://127.0.0.1:5055/v2/moved/_catalog?n=2"]);
    expect(calls.every((c) => c.redirect === "manual")).toBe(true);
    expect(calls[1]?.auth).toMatch(/^Basic /);
  });

  it.each([301, 302, 303, 308])("follows a %i the same way", async (status) => {
    const { impl, calls } = fakeFetch(({ url }) => (url.endsWith("n=1") ? redirect("http://127.0.0.1:5055/v2/x?n=1&y", status) : json({ repositories: [] })));
    await fetchCatalog({ address: "127.0.0.1:5055", fetchImpl: impl, guard }, { n: 1 });
    expect(calls).toHaveLength(2);
  });

  it("refuses a redirect to another origin and says where it pointed, without asking there", async () => {
    const { impl, calls } = fakeFetch(({ url }) => (url.startsWith("http://127.0.0.1:5055/") ? redirect("http://127.0.0.1:5099/v2/_catalog?n=5&sig=secret") : json({ repositories: ["stolen"] })));
    const err = await fetchCatalog({ address: "127.0.0.1:5055", fetchImpl: impl, guard }, { n: 5 }).catch((e) => e);
    expect(err).toMatchObject({ status: 502, code: "registry_address_refused" });
    expect(err.message).toBe(
      "127.0.0.1:5055 redirected http://127.0.0.1:5055/v2/_catalog to http://127.0.0.1:5099/v2/_catalog: refused, Berth follows redirects only within the registry's own origin (http://127.0.0.1:5055)",
    );
    expect(err.message).not.toContain("secret");
    expect(calls).toHaveLength(1);
  });

  it("refuses https→http and other-host redirects alike", async () => {
    const { impl, calls } = fakeFetch(() => redirect("http://registry.example.com/v2/_catalog?n=1"));
    await expect(fetchCatalog({ address: "registry.example.com", fetchImpl: impl, guard }, { n: 1 })).rejects.toMatchObject({ code: "registry_address_refused" });
    expect(calls).toHaveLength(1);
  });

  it.each([
    ["http://127.0.0.1:3111/api/images/abc/save", /Berth itself \(port 3111\)/],
    ["http://localhost:3111/api/containers/abc/export", /Berth itself/],
    ["http://[::1]:3111/api/containers/abc/export", /Berth itself/],
    ["http://2130706433:3111/api/system", /Berth itself/],
    ["http://berth.lan:3111/api/system", /Berth itself/],
    ["http://127.0.0.1:2375/containers/json", /Docker engine's API/],
  ])("refuses a redirect to %s", async (location, reason) => {
    const { impl, calls } = fakeFetch(() => redirect(location));
    const err = await fetchCatalog({ address: "127.0.0.1:5055", fetchImpl: impl, guard }, { n: 1 }).catch((e) => e);
    expect(err.code).toBe("registry_address_refused");
    expect(err.message).toMatch(reason);
    expect(calls).toHaveLength(1);
  });

  it("refuses a redirect to loopback from a registry that is not on loopback", async () => {
    const { impl, calls } = fakeFetch(() => redirect("http://127.0.0.1:8080/v2/_catalog"));
    const err = await fetchCatalog({ address: "registry.example.com", fetchImpl: impl, guard }, { n: 1 }).catch((e) => e);
    expect(err.message).toMatch(/to http:\/\/127\.0\.0\.1:8080\/v2\/_catalog: refused, that is this machine's loopback and the registry is not on loopback/);
    expect(calls).toHaveLength(1);
  });

  it(`stops after ${MAX_REDIRECTS} redirects`, async () => {
    let i = 0;
    const { impl, calls } = fakeFetch(() => redirect(`/v2/loop${i++}`));
    const err = await fetchCatalog({ address: "127.0.0.1:5055", fetchImpl: impl, guard }, { n: 1 }).catch((e) => e);
    expect(err).toMatchObject({ code: "registry_address_refused" });
    expect(err.message).toMatch(/more than 5 times/);
    expect(calls).toHaveLength(MAX_REDIRECTS + 1);
  });

  it("refuses a redirect that is not http(s) or not a URL", async () => {
    for (const location of ["file:///etc/passwd", "http://[nope"]) {
      const { impl, calls } = fakeFetch(() => redirect(location));
      await expect(fetchCatalog({ address: "127.0.0.1:5055", fetchImpl: impl, guard }, { n: 1 })).rejects.toMatchObject({ code: "registry_address_refused" });
      expect(calls).toHaveLength(1);
    }
  });

  it("answers a 3xx without Location as it is: not a registry", async () => {
    const { impl } = fakeFetch(() => new Response(null, { status: 302 }));
    await expect(fetchCatalog({ address: "127.0.0.1:5055", fetchImpl: impl, guard }, { n: 1 })).rejects.toMatchObject({ code: "not_a_registry" });
  });

  it("never asks a registry stored at Berth's own port", async () => {
    const { impl, calls } = fakeFetch(() => json({ repositories: [] }));
    await expect(fetchCatalog({ address: "localhost:3111", fetchImpl: impl, guard }, { n: 1 })).rejects.toMatchObject({
      code: "registry_address_refused",
      message: "Berth does not send a request to http://localhost:3111/v2/_catalog: that is Berth itself (port 3111)",
    });
    expect(calls).toHaveLength(0);
  });

  it("hands the transport a check for the addresses a host name resolves to", async () => {
    const { impl, calls } = fakeFetch(({ url }) =>
      url.startsWith("https://auth.example") ? json({ token: "t" }) : url.includes("?") && calls.length > 2 ? json({ repositories: [] }) : bearer("https://auth.example/token"),
    );
    await fetchCatalog({ address: "registry.example.com", fetchImpl: impl, guard }, { n: 1 });
    const [registry, realm] = calls;
    // The registry's own name may resolve to loopback (the user's /etc/hosts), but never to Berth's port.
    expect(registry?.refuseAddress?.("127.0.0.1")).toBeUndefined();
    expect(registry?.refuseAddress?.("10.0.0.5")).toBeUndefined();
    // The token server is another origin: loopback and link-local addresses are refused there.
    expect(realm?.refuseAddress?.("127.0.0.1")).toMatch(/loopback/);
    expect(realm?.refuseAddress?.("::ffff:7f00:1")).toMatch(/loopback/);
    expect(realm?.refuseAddress?.("169.254.169.254")).toMatch(/link-local/);
    expect(realm?.refuseAddress?.("203.0.113.9")).toBeUndefined();
  });

  it("says which address a name resolved to when the transport refuses it, and asks nothing there", async () => {
    // A token server whose name resolves to loopback: what registryGet does when its lookup check refuses.
    const { impl, calls } = fakeFetch(({ url, refuseAddress }) => {
      if (url.startsWith("http://auth.rebind.example")) {
        const why = refuseAddress?.("127.0.0.1");
        if (why) throw new RefusedAddress("127.0.0.1", why);
        return json({ token: "t" });
      }
      return bearer("http://auth.rebind.example:3111/token");
    });
    await expect(fetchCatalog({ address: "registry.example.com", fetchImpl: impl, guard }, { n: 1 })).rejects.toMatchObject({
      status: 502,
      code: "registry_address_refused",
      message:
        "Berth does not connect to http://auth.rebind.example:3111/token: auth.rebind.example resolves to 127.0.0.1, and that is Berth itself (port 3111)",
    });
    expect(calls).toHaveLength(2);
  });

  it("refuses a pagination link to another origin", async () => {
    const { impl } = fakeFetch(() => json({ repositories: ["a"] }, { headers: { Link: '<http://127.0.0.1:3111/api/images/x/save?last=a>; rel="next"' } }));
    await expect(fetchCatalog({ address: "127.0.0.1:5055", fetchImpl: impl, guard }, { n: 1 })).rejects.toMatchObject({
      code: "registry_address_refused",
      message: expect.stringMatching(/links its next catalog page to http:\/\/127\.0\.0\.1:3111\/api\/images\/x\/save: refused/),
    });
    const { impl: absolute } = fakeFetch(() => json({ repositories: ["a"] }, { headers: { Link: '<http://127.0.0.1:5055/v2/_catalog?last=a&n=1>; rel="next"' } }));
    expect(await fetchCatalog({ address: "127.0.0.1:5055", fetchImpl: absolute, guard }, { n: 1 })).toEqual({ repositories: ["a"], next: "a" });
  });
});

describe("token realms", () => {
  const flow = (realm: string) =>
    fakeFetch(({ url, auth }) => {
      if (url.startsWith(realm)) return json({ token: "tkn" });
      if (auth === "Bearer tkn") return json({ repositories: ["x"] });
      return bearer(realm);
    });

  it("sends the login to a realm over https on another origin", async () => {
    const { impl, calls } = flow("https://auth.example/token");
    await fetchCatalog({ address: "registry.example.com", credential: login, fetchImpl: impl, guard }, { n: 1 });
    expect(calls[1]?.url).toMatch(/^https:\/\/auth\.example\/token\?/);
    expect(calls[1]?.auth).toBe(`Basic ${Buffer.from("me:hunter2").toString("base64")}`);
  });

  it("sends the login to a realm on the registry's own origin over http", async () => {
    const { impl, calls } = flow("http://127.0.0.1:5055/token");
    expect(await fetchCatalog({ address: "127.0.0.1:5055", credential: login, fetchImpl: impl, guard }, { n: 1 })).toEqual({ repositories: ["x"] });
    expect(calls[1]?.auth).toMatch(/^Basic /);
  });

  it("refuses to send the login over http to a realm on another origin, and says why without the password", async () => {
    const { impl, calls } = flow("http://127.0.0.1:5099/token");
    const err = await fetchCatalog({ address: "127.0.0.1:5055", credential: login, fetchImpl: impl, guard }, { n: 1 }).catch((e) => e);
    expect(err).toMatchObject({ status: 502, code: "registry_address_refused" });
    expect(err.message).toMatch(/^127\.0\.0\.1:5055 names its token server at http:\/\/127\.0\.0\.1:5099, another origin over plain http: Berth does not send the login of me there/);
    expect(err.message).not.toContain("hunter2");
    expect(calls.map((c) => c.url)).toEqual(["http://127.0.0.1:5055/v2/_catalog?n=1"]);
  });

  it("asks a foreign http realm anonymously when Berth holds no login: no secret travels", async () => {
    const { impl, calls } = flow("http://127.0.0.1:5099/token");
    expect(await fetchCatalog({ address: "127.0.0.1:5055", fetchImpl: impl, guard }, { n: 1 })).toEqual({ repositories: ["x"] });
    expect(calls[1]?.url).toMatch(/^http:\/\/127\.0\.0\.1:5099\/token/);
    expect(calls[1]?.auth).toBeUndefined();
    // The token goes back to the registry only.
    expect(calls[2]).toMatchObject({ url: "http://127.0.0.1:5055/v2/_catalog?n=1", auth: "Bearer tkn" });
  });

  it.each([
    ["http://127.0.0.1:3111/api/containers/abc/export", "127.0.0.1:5055", /Berth itself/],
    ["http://localhost:2375/containers/json", "127.0.0.1:5055", /engine/],
    ["http://127.0.0.1:5099/token", "registry.example.com", /loopback and the registry is not/],
    ["http://169.254.169.254/latest/meta-data", "registry.example.com", /link-local/],
  ])("never asks a realm at %s (registry %s), even anonymously", async (realm, address, reason) => {
    const { impl, calls } = flow(realm);
    const err = await fetchCatalog({ address, fetchImpl: impl, guard }, { n: 1 }).catch((e) => e);
    expect(err.code).toBe("registry_address_refused");
    expect(err.message).toMatch(/names its token server at .*: Berth does not ask it for a token/);
    expect(err.message).toMatch(reason);
    expect(calls).toHaveLength(1);
  });

  it("keeps the token server's redirects on the token server's origin", async () => {
    const { impl, calls } = fakeFetch(({ url }) => {
      if (url.startsWith("https://auth.example/token")) return redirect("https://other.example/token");
      return bearer("https://auth.example/token");
    });
    const err = await fetchCatalog({ address: "registry.example.com", credential: login, fetchImpl: impl, guard }, { n: 1 }).catch((e) => e);
    expect(err.message).toMatch(/refused, Berth follows redirects only within the token server's own origin \(https:\/\/auth\.example\)/);
    expect(calls).toHaveLength(2);
  });
});

describe("checkLoginDestination", () => {
  it("refuses a login the engine would send in the clear to another origin's token server, before the engine sees it", async () => {
    const { impl, calls } = fakeFetch(() => bearer("http://127.0.0.1:5099/token"));
    const err = await checkLoginDestination({ address: "127.0.0.1:5055", credential: login, fetchImpl: impl, guard }).catch((e) => e);
    expect(err).toMatchObject({ code: "registry_address_refused" });
    expect(err.message).toMatch(/names its token server at http:\/\/127\.0\.0\.1:5099, another origin over plain http: Berth does not send the login of me there/);
    expect(err.message).not.toMatch(/log out/);
    expect(calls.map((c) => [c.url, c.auth])).toEqual([["http://127.0.0.1:5055/v2/", undefined]]);
  });
  it("lets the engine check a login for Basic, https realms, open registries and registries Berth cannot reach", async () => {
    for (const answer of [
      () => json({}, { status: 401, headers: { "WWW-Authenticate": 'Basic realm="x"' } }),
      () => bearer("https://auth.example/token"),
      () => bearer("http://127.0.0.1:5055/token"),
      () => json({}),
      () => {
        throw Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
      },
    ]) {
      const { impl } = fakeFetch(answer);
      await expect(checkLoginDestination({ address: "127.0.0.1:5055", credential: login, fetchImpl: impl, guard })).resolves.toBeUndefined();
    }
  });
});
