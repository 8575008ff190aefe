import { describe, expect, it } from "vitest";
import { applyDockerignore, isIgnored, parseDockerignore } from "./tar-writer-ignore";

const ignored = (text: string, path: string) => isIgnored(path, parseDockerignore(text));

describe(".dockerignore", () => {
  it("ignores folders with everything under them, and leading / or ./ changes nothing", () => {
    expect(ignored("node_modules", "node_modules/a/index.js")).toBe(true);
    expect(ignored("/node_modules/", "node_modules/x")).toBe(true);
    expect(ignored("./build", "build/out.js")).toBe(true);
    expect(ignored("node_modules", "src/node_modules/x")).toBe(false);
  });

  it("keeps * and ? within one component, lets ** span several", () => {
    expect(ignored("*.log", "app.log")).toBe(true);
    expect(ignored("*.log", "logs/app.log")).toBe(false);
    expect(ignored("*/*.log", "logs/app.log")).toBe(true);
    expect(ignored("**/*.log", "a/b/c/app.log")).toBe(true);
    expect(ignored("**/*.log", "app.log")).toBe(true);
    expect(ignored("temp?", "temp1")).toBe(true);
    expect(ignored("temp?", "temp12")).toBe(false);
    expect(ignored("docs/**", "docs/a/b.md")).toBe(true);
  });

  it("lets the last matching line win, so ! re-includes", () => {
    const text = "# docs\n*.md\n!README.md\n\nsecrets\n!secrets/public.pem\n";
    expect(ignored(text, "CHANGES.md")).toBe(true);
    expect(ignored(text, "README.md")).toBe(false);
    expect(ignored(text, "secrets/key.pem")).toBe(true);
    expect(ignored(text, "secrets/public.pem")).toBe(false);
    expect(ignored("!README.md\n*.md", "README.md")).toBe(true);
  });

  it("reads character classes and escapes, and takes dots literally", () => {
    expect(ignored("file[0-9].txt", "file3.txt")).toBe(true);
    expect(ignored("file[!0-9].txt", "file3.txt")).toBe(false);
    expect(ignored("file[!0-9].txt", "fileA.txt")).toBe(true);
    expect(ignored("a.txt", "abtxt")).toBe(false);
    expect(ignored("\\*.txt", "*.txt")).toBe(true);
    expect(ignored("\\*.txt", "a.txt")).toBe(false);
  });

  it("always sends the Dockerfile and the .dockerignore itself", () => {
    const entries = ["Dockerfile", ".dockerignore", "app.js", ".git/HEAD", "node_modules/x/y.js"].map((path) => ({ path }));
    const { kept, ignored: count } = applyDockerignore(entries, "*\n!app.js\n", "Dockerfile");
    expect(kept.map((e) => e.path)).toEqual(["Dockerfile", ".dockerignore", "app.js"]);
    expect(count).toBe(2);
    expect(applyDockerignore(entries, null, "Dockerfile").kept).toHaveLength(5);
  });
});
