import { describe, expect, it } from "vitest";
import { fetchCatalog, fetchTags } from "./v2-client";

type Call = { url: string; auth?: string };

/** A fake registry: `routes` answers by URL; every call is recorded with its Authorization header. */
function fakeFetch(routes: (call: Call) => Response) {
  const calls: Call[] = [];
  const impl = (async (input: string | URL | Request, init?: RequestInit) => {
    const call = { url: String(input), auth: (init?.headers as Record<string, string>)?.Authorization };
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
