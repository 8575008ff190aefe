import { describe, expect, it } from "vitest";
import { applyDockerignore, dockerignoreMatcher } from "./tar-writer-ignore";

const ignored = (text: string, path: string) => dockerignoreMatcher(text)(path);

describe(".dockerignore (docker's rules)", () => {
  it("ignores folders with everything under them; leading /, ./ and trailing / change nothing", () => {
    expect(ignored("node_modules", "node_modules/a/index.js")).toBe(true);
    expect(ignored("/node_modules/", "node_modules/x")).toBe(true);
    expect(ignored("node_modules/", "node_modules")).toBe(true);
    expect(ignored("./build", "build/out.js")).toBe(true);
    expect(ignored("/build", "build")).toBe(true);
    // Anchored at the context root, unlike .gitignore.
    expect(ignored("node_modules", "src/node_modules/x")).toBe(false);
  });

  it("keeps * and ? within one component, lets ** span any number of them", () => {
    expect(ignored("*.log", "app.log")).toBe(true);
    expect(ignored("*.log", "logs/app.log")).toBe(false);
    expect(ignored("*/*.log", "logs/app.log")).toBe(true);
    expect(ignored("**/*.log", "a/b/c/app.log")).toBe(true);
    expect(ignored("**/*.log", "app.log")).toBe(true);
    expect(ignored("**/node_modules", "packages/web/node_modules/react/index.js")).toBe(true);
    expect(ignored("docs/**", "docs/a/b.md")).toBe(true);
    expect(ignored("docs/**/*.png", "docs/img/a.png")).toBe(true);
    expect(ignored("docs/**/*.png", "docs/a.png")).toBe(true);
    expect(ignored("docs/**/*.png", "src/a.png")).toBe(false);
    expect(ignored("temp?", "temp1")).toBe(true);
    expect(ignored("temp?", "temp12")).toBe(false);
    expect(ignored("*", "any/thing")).toBe(true);
  });

  it("lets the last matching line win, so ! makes exceptions (even inside an ignored folder)", () => {
    const text = "# docs\n*.md\n!README.md\n\nsecrets\n!secrets/public.pem\n";
    expect(ignored(text, "CHANGES.md")).toBe(true);
    expect(ignored(text, "README.md")).toBe(false);
    expect(ignored(text, "secrets/key.pem")).toBe(true);
    expect(ignored(text, "secrets/public.pem")).toBe(false);
    expect(ignored("!README.md\n*.md", "README.md")).toBe(true);
    expect(ignored("*\n!src\nsrc/*.test.ts", "src/a.test.ts")).toBe(true);
    expect(ignored("*\n!src\nsrc/*.test.ts", "src/a.ts")).toBe(false);
  });

  it("matches case-sensitively, reads Go's character classes and escapes, takes dots literally", () => {
    expect(ignored("*.LOG", "app.log")).toBe(false);
    expect(ignored("file[0-9].txt", "file3.txt")).toBe(true);
    expect(ignored("file[^0-9].txt", "file3.txt")).toBe(false);
    expect(ignored("file[^0-9].txt", "fileA.txt")).toBe(true);
    expect(ignored("a.txt", "abtxt")).toBe(false);
    expect(ignored("\\*.txt", "*.txt")).toBe(true);
    expect(ignored("\\*.txt", "a.txt")).toBe(false);
  });

  it("skips comments and blank lines; a leading / or \\ lets a name start with #", () => {
    expect(ignored("#secret\n\n   \n", "#secret")).toBe(false);
    expect(ignored("/#secret", "#secret")).toBe(true);
    expect(ignored("  spaced.txt  \r\nother", "spaced.txt")).toBe(true);
  });

  it("always sends the Dockerfile and the .dockerignore itself", () => {
    const entries = ["Dockerfile", ".dockerignore", "app.js", ".git/HEAD", "node_modules/x/y.js"].map((path) => ({ path }));
    const { kept, ignored: count } = applyDockerignore(entries, "*\n!app.js\n", "Dockerfile");
    expect(kept.map((e) => e.path)).toEqual(["Dockerfile", ".dockerignore", "app.js"]);
    expect(count).toBe(2);
    expect(applyDockerignore(entries, null, "Dockerfile").kept).toHaveLength(5);
  });
});
