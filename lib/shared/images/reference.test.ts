import { describe, expect, it } from "vitest";
import { formatReference, formatRepository, parseReference, referenceProblem, withDefaultTag, type ImageReference } from "./reference";

function ok(input: string): ImageReference {
  const result = parseReference(input);
  if (!result.ok) throw new Error(`expected ${input} to parse: ${result.reason}`);
  return result.reference;
}

function reason(input: string): string {
  const result = parseReference(input);
  if (result.ok) throw new Error(`expected ${input} to be rejected`);
  return result.reason;
}

const DIGEST = `sha256:${"ab12".repeat(16)}`;

describe("parseReference", () => {
  it("treats a registry port as part of the registry, not a tag", () => {
    expect(ok("host:5000/a/b:tag")).toEqual({ registry: "host:5000", repository: "a/b", tag: "tag" });
    expect(ok("host:5000/a/b")).toEqual({ registry: "host:5000", repository: "a/b" });
    expect(ok("127.0.0.1:5055/fixture/busybox:1")).toEqual({ registry: "127.0.0.1:5055", repository: "fixture/busybox", tag: "1" });
  });

  it("defaults to Docker Hub with library/ for single-component names", () => {
    expect(ok("busybox")).toEqual({ registry: "docker.io", repository: "library/busybox" });
    expect(ok("busybox:1.36")).toEqual({ registry: "docker.io", repository: "library/busybox", tag: "1.36" });
    expect(ok("berth-fixture/busybox:latest")).toEqual({ registry: "docker.io", repository: "berth-fixture/busybox", tag: "latest" });
    expect(ok("docker.io/library/busybox")).toEqual({ registry: "docker.io", repository: "library/busybox" });
  });

  it("recognises registries by '.', ':' or localhost in the first component", () => {
    expect(ok("localhost/app").registry).toBe("localhost");
    expect(ok("localhost:5000/app:v1")).toEqual({ registry: "localhost:5000", repository: "app", tag: "v1" });
    expect(ok("registry.example.com/team/app").registry).toBe("registry.example.com");
    expect(ok("ghcr.io/owner/app:sha-1").registry).toBe("ghcr.io");
    // Without a dot or port it is a Docker Hub namespace.
    expect(ok("myteam/app")).toEqual({ registry: "docker.io", repository: "myteam/app" });
  });

  it("accepts digests, with or without a tag", () => {
    expect(ok(`busybox@${DIGEST}`)).toEqual({ registry: "docker.io", repository: "library/busybox", digest: DIGEST });
    expect(ok(`host:5000/a/b:tag@${DIGEST}`)).toEqual({ registry: "host:5000", repository: "a/b", tag: "tag", digest: DIGEST });
  });

  it("accepts the separators the grammar allows", () => {
    expect(ok("x/a.b_c__d-e---f").repository).toBe("x/a.b_c__d-e---f");
    expect(ok("app:V1.2_rc-3").tag).toBe("V1.2_rc-3");
    expect(ok(`app:${"t".repeat(128)}`).tag).toHaveLength(128);
  });

  it("rejects bad input with a reason", () => {
    expect(reason("")).toMatch(/Enter/);
    expect(reason("   ")).toMatch(/Enter/);
    expect(reason("Busybox")).toMatch(/lowercase/);
    expect(reason("team/MyApp")).toMatch(/lowercase/);
    expect(reason("a//b")).toMatch(/empty path component/);
    expect(reason("a/")).toMatch(/empty path component/);
    expect(reason(":tag")).toMatch(/repository name is missing/);
    expect(reason("busybox:")).toMatch(/tag after ":" is empty/);
    expect(reason("busybox:.bad")).toMatch(/not a valid tag/);
    expect(reason(`busybox:${"t".repeat(129)}`)).toMatch(/not a valid tag/);
    expect(reason("busybox:a/b")).toMatch(/./);
    expect(reason("busybox@sha256:123")).toMatch(/not a digest/);
    expect(reason(`busybox@sha256:${"A".repeat(64)}`)).toMatch(/not a digest/);
    expect(reason("has space")).toMatch(/spaces/);
    expect(reason("-app")).toMatch(/not a valid repository component/);
    expect(reason("app_")).toMatch(/not a valid repository component/);
    expect(reason("bad_host:5000/a")).toMatch(/not a valid registry/);
    expect(reason("host:port/a")).toMatch(/not a valid registry/);
    expect(reason(`${"a".repeat(256)}`)).toMatch(/longer than 255/);
  });

  it("referenceProblem is undefined for a good reference", () => {
    expect(referenceProblem("busybox")).toBeUndefined();
    expect(referenceProblem("a//b")).toMatch(/empty/);
  });
});

describe("formatReference", () => {
  it("gives the familiar form by default and the canonical one on request", () => {
    expect(formatReference(ok("busybox:1"))).toBe("busybox:1");
    expect(formatReference(ok("busybox"), { canonical: true })).toBe("docker.io/library/busybox");
    expect(formatReference(ok("host:5000/a/b:tag"))).toBe("host:5000/a/b:tag");
    expect(formatReference(ok(`app@${DIGEST}`))).toBe(`app@${DIGEST}`);
    expect(formatReference(ok("docker.io/team/app:v2"))).toBe("team/app:v2");
  });

  it("round-trips what it parses", () => {
    for (const input of ["busybox:latest", "team/app", "localhost:5000/x/y:z", "ghcr.io/o/r:1", `a/b:c@${DIGEST}`]) {
      expect(formatReference(ok(input))).toBe(input);
    }
  });

  it("formatRepository keeps library/ only for canonical names", () => {
    expect(formatRepository({ registry: "docker.io", repository: "library/busybox" })).toBe("busybox");
    expect(formatRepository({ registry: "docker.io", repository: "library/a/b" })).toBe("library/a/b");
  });

  it("withDefaultTag fills latest only when neither tag nor digest is given", () => {
    expect(withDefaultTag(ok("busybox")).tag).toBe("latest");
    expect(withDefaultTag(ok("busybox:1")).tag).toBe("1");
    expect(withDefaultTag(ok(`busybox@${DIGEST}`)).tag).toBeUndefined();
  });
});
