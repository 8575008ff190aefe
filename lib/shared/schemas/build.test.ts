import { describe, expect, it } from "vitest";
import { buildArgsFromQuery, buildContextQuery, buildContextSearch, buildDockerfileBody, commitBody, importQuery, saveNames } from "./build";

describe("buildDockerfileBody", () => {
  it("fills defaults and normalises the tag", () => {
    expect(buildDockerfileBody.parse({ dockerfile: "FROM busybox\n", tag: "host:5000/a/b" })).toEqual({
      dockerfile: "FROM busybox\n",
      tag: "host:5000/a/b:latest",
      buildArgs: {},
      noCache: false,
      pull: false,
    });
    expect(buildDockerfileBody.parse({ dockerfile: "FROM x", tag: " ", target: "" }).tag).toBeUndefined();
  });

  it("refuses an empty Dockerfile, a bad tag, a digest, a bad argument name and unknown fields", () => {
    const issues = (input: unknown) => buildDockerfileBody.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(issues({ dockerfile: "  \n" })).toEqual(["dockerfile: The Dockerfile is empty"]);
    expect(issues({ dockerfile: "FROM x", tag: "MyApp" })).toEqual(['tag: Repository names must be lowercase ("MyApp")']);
    expect(issues({ dockerfile: "FROM x", tag: `a@sha256:${"0".repeat(64)}` })).toEqual(["tag: A tag cannot include a digest"]);
    expect(issues({ dockerfile: "FROM x", buildArgs: { "1X": "a" } })![0]).toMatch(/^buildArgs.1X: "1X" is not a build argument name/);
    expect(issues({ dockerfile: "FROM x", target: "a stage" })![0]).toMatch(/^target: Not a stage name/);
    expect(issues({ dockerfile: "FROM x", context: "." })![0]).toMatch(/Unrecognized key/);
  });
});

describe("build context query", () => {
  it("round-trips the form's options through the query string", () => {
    const search = buildContextSearch({ tag: "app:1", dockerfile: "docker/Dockerfile.dev", target: "dev", noCache: true, buildArgs: { A: "x=y", B: "" } });
    const params = new URLSearchParams(search);
    const query: Record<string, unknown> = {};
    for (const [key, value] of params) if (key !== "buildArg") query[key] = value;
    query.buildArgs = buildArgsFromQuery(params.getAll("buildArg"));
    expect(buildContextQuery.parse(query)).toEqual({
      tag: "app:1",
      dockerfile: "docker/Dockerfile.dev",
      target: "dev",
      noCache: true,
      pull: false,
      buildArgs: { A: "x=y", B: "" },
    });
  });

  it("defaults the Dockerfile path and keeps it inside the context", () => {
    expect(buildContextQuery.parse({}).dockerfile).toBe("Dockerfile");
    expect(buildContextQuery.safeParse({ dockerfile: "../Dockerfile" }).success).toBe(false);
    expect(buildContextQuery.safeParse({ dockerfile: "/etc/Dockerfile" }).success).toBe(false);
    expect(buildContextQuery.safeParse({ noCache: "maybe" }).success).toBe(false);
  });
});

describe("commitBody", () => {
  it("splits repository and tag for the engine, or leaves the image untagged", () => {
    expect(commitBody.parse({ repository: "127.0.0.1:5000/team/app", tag: "v2", comment: "snap" })).toEqual({
      reference: "127.0.0.1:5000/team/app:v2",
      repo: "127.0.0.1:5000/team/app",
      tagName: "v2",
      comment: "snap",
      pause: true,
      changes: [],
    });
    expect(commitBody.parse({ repository: "app" })).toMatchObject({ reference: "app:latest", repo: "app", tagName: "latest" });
    expect(commitBody.parse({ repository: "", pause: false })).toEqual({ pause: false, changes: [] });
  });

  it("blames the right field and refuses changes commit cannot apply", () => {
    const fields = (input: unknown) => commitBody.safeParse(input).error?.issues.map((i) => i.path.join("."));
    expect(fields({ repository: "app", tag: "-bad" })).toEqual(["tag"]);
    expect(fields({ repository: "App" })).toEqual(["repository"]);
    expect(fields({ tag: "v1" })).toEqual(["repository"]);
    expect(fields({ changes: ["RUN rm -rf /"] })).toEqual(["changes.0"]);
    expect(commitBody.parse({ changes: ['CMD ["sh"]', "ENV A=1"] }).changes).toHaveLength(2);
  });
});

describe("importQuery and saveNames", () => {
  it("validates the import reference and keeps the message", () => {
    expect(importQuery.parse({ repository: "rootfs/app", message: "from a tar" })).toMatchObject({ reference: "rootfs/app:latest", message: "from a tar" });
    expect(importQuery.safeParse({ repository: "bad repo" }).success).toBe(false);
    expect(importQuery.safeParse({ other: "x" }).success).toBe(false);
  });

  it("takes repeated and comma-separated names, at least one", () => {
    expect(saveNames(["busybox:latest,app:1", "sha256:abc"])).toEqual(["busybox:latest", "app:1", "sha256:abc"]);
    expect(() => saveNames([])).toThrow(/at least one image/);
    expect(() => saveNames(["a b"])).toThrow();
  });
});
