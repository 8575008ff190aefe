import { chmod, mkdtemp, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Engine } from "@/lib/server/engine/engine";
import { composeArgs, detectCompose, runCompose, type ComposeCli } from "./cli";
import { pathProblem } from "./paths";
import { runProcess } from "./run-process";

const HOSTILE_NAMES = ["x; touch pwned", "$(touch pwned)", "`touch pwned`", "a|b", "a&&b", "-rf", "--file=/etc/passwd", "Upper", "", "a b", "a\nb", "_x"];
const v1: ComposeCli = { kind: "standalone", command: "docker-compose", file: "docker-compose", prefix: [], version: "1.29.2" };

describe("composeArgs", () => {
  it.each(HOSTILE_NAMES)("refuses the project name %j before anything runs", (name) => {
    expect(() => composeArgs(v1, { project: name }, ["ps"])).toThrow(/stack name/);
  });

  it("puts the project, files and directory as separate arguments before the command", () => {
    const args = composeArgs({ ...v1, kind: "plugin", file: "docker", prefix: ["compose"] }, { project: "web_1-a", files: ["/s/a.yml"], workingDir: "/s" }, ["up", "-d"]);
    expect(args).toEqual(["compose", "--ansi", "never", "-p", "web_1-a", "-f", "/s/a.yml", "--project-directory", "/s", "up", "-d"]);
  });
});

describe("pathProblem", () => {
  it.each([
    ["relative/compose.yml", "is not absolute"],
    ["-f", "is not absolute"],
    ["/a/../etc/passwd", "is not a normal path"],
    ["/a//b", "is not a normal path"],
    ["/a/b\nc", "holds a control character"],
    ["/a/\0b", "holds a control character"],
  ])("%j %s", (p, problem) => expect(pathProblem(p)).toBe(problem));

  it("takes an absolute path with shell metacharacters as just a path", () => {
    expect(pathProblem("/tmp/a;b $(c) `d` |e")).toBeUndefined();
  });
});

describe("detectCompose", () => {
  it("prefers the v2 plugin, falls back to docker-compose, and says when there is neither", async () => {
    const answers: Record<string, { code: number; stdout: string }> = {
      docker: { code: 1, stdout: "" },
      "docker-compose": { code: 0, stdout: "1.29.2\n" },
    };
    const fake = async (file: string) => ({ ...answers[file]!, stderr: "", timedOut: false, aborted: false });
    expect(await detectCompose({}, fake)).toMatchObject({ kind: "standalone", command: "docker-compose", version: "1.29.2" });
    answers.docker = { code: 0, stdout: "v2.27.0\n" };
    expect(await detectCompose({}, fake)).toMatchObject({ kind: "plugin", command: "docker compose", version: "2.27.0" });
    answers.docker = { code: 1, stdout: "" };
    answers["docker-compose"] = { code: 127, stdout: "" };
    expect(await detectCompose({}, fake)).toBeNull();
  });
});

describe("runCompose with shell metacharacters", () => {
  let dir: string;
  const savedPath = process.env.PATH;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "berth-compose-"));
    const bin = path.join(dir, "bin");
    await mkdir(bin);
    // A stand-in CLI that records each argument it got on its own line. (No `docker` here: the plugin is absent.)
    await writeFile(
      path.join(bin, "docker-compose"),
      `#!/bin/sh\nif [ "$1" = version ]; then echo 1.29.2; exit 0; fi\nfor a in "$@"; do printf '%s\\n' "$a"; done > "${dir}/args"\n`,
    );
    await chmod(path.join(bin, "docker-compose"), 0o755);
    process.env.PATH = `${bin}:/usr/bin:/bin`;
  });
  afterAll(async () => {
    process.env.PATH = savedPath;
    await rm(dir, { recursive: true, force: true });
  });

  it("hands a directory named like a command to the CLI as one argument, and runs nothing else", async () => {
    const hostile = path.join(dir, "p;touch pwned;$(touch pwned2)`touch pwned3`|x");
    await mkdir(hostile);
    await writeFile(path.join(hostile, "compose.yml"), "services: {}\n");
    const engine = { id: "test-metachar", endpoint: "unix:///nowhere.sock" } as Engine;
    const result = await runCompose(engine, { project: "demo", files: [path.join(hostile, "compose.yml")], workingDir: hostile }, ["ps"]);
    expect(result.code).toBe(0);
    const args = (await readFile(path.join(dir, "args"), "utf8")).trimEnd().split("\n");
    expect(args).toEqual(["--ansi", "never", "-p", "demo", "-f", path.join(hostile, "compose.yml"), "--project-directory", hostile, "ps"]);
    const everywhere = [...(await readdir(dir)), ...(await readdir(hostile)), ...(await readdir(process.cwd()))];
    expect(everywhere.filter((f) => f.startsWith("pwned"))).toEqual([]);
  });

  it("refuses a hostile project name without starting the CLI", async () => {
    await rm(path.join(dir, "args"), { force: true });
    const engine = { id: "test-metachar-2", endpoint: "unix:///nowhere.sock" } as Engine;
    await expect(runCompose(engine, { project: "x;touch pwned" }, ["ps"])).rejects.toThrow(/stack name/);
    await expect(readFile(path.join(dir, "args"))).rejects.toThrow();
  });

  it("stops a run that outlives its timeout", async () => {
    const result = await runProcess("/bin/sleep", ["5"], { env: {}, timeoutMs: 100 });
    expect(result.timedOut).toBe(true);
    expect(result.code).toBeNull();
  });
});
