import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildInputs, distDirOf, RECORD_FILE, sourceFingerprint, staleReason } from "../scripts/build-fingerprint.mjs";
import { build } from "../scripts/build.mjs";

// `npm start` rebuilds when the sources differ from those the build was made from (scripts/build-fingerprint.mjs).

const REPO = path.resolve(__dirname, "..");
let root: string;

function put(rel: string, content: string) {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), content);
}

/** What `next build` leaves behind that matters here: a BUILD_ID. */
const fakeNextBuild = (id: string) => (dir: string, env: Record<string, string | undefined>) => {
  const dist = distDirOf(dir, env);
  mkdirSync(dist, { recursive: true });
  writeFileSync(path.join(dist, "BUILD_ID"), id);
  return 0;
};

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "berth-fingerprint-"));
  put("app/page.tsx", "export default function Page() {}\n");
  put("app/globals.css", "@import 'tailwindcss';\n");
  put("lib/shared/x.ts", "export const x = 1;\n");
  put("components/ui/button.tsx", "export {};\n");
  put("public/favicon.svg", "<svg/>");
  put("next.config.js", "module.exports = {};\n");
  put("package-lock.json", "{}\n");
  put("tsconfig.json", "{}\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("sourceFingerprint", () => {
  it("hashes what the build reads, not node_modules, dot-files or files the bundle never sees", () => {
    put("node_modules/next/index.js", "x");
    put("app/.page.tsx.swp", "x");
    put("lib/.cache/y", "x");
    put("e2e/a.spec.ts", "x");
    put("README.md", "x");
    expect(buildInputs(root)).toEqual([
      "app/globals.css",
      "app/page.tsx",
      "components/ui/button.tsx",
      "lib/shared/x.ts",
      "next.config.js",
      "package-lock.json",
      "public/favicon.svg",
      "tsconfig.json",
    ]);
  });

  it("depends on content only: the same sources with new mtimes hash alike", () => {
    const before = sourceFingerprint(root);
    utimesSync(path.join(root, "app/page.tsx"), new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(sourceFingerprint(root)).toBe(before);
  });

  it("changes with an edit, a new file, a removed file, a rename and a new lockfile", () => {
    const seen = new Set([sourceFingerprint(root)]);
    const expectNew = () => {
      const h = sourceFingerprint(root);
      expect(seen.has(h)).toBe(false);
      seen.add(h);
    };
    put("app/page.tsx", "export default function Page() { return null; }\n");
    expectNew();
    put("app/images/page.tsx", "export {};\n");
    expectNew();
    rmSync(path.join(root, "components/ui/button.tsx"));
    expectNew();
    renameSync(path.join(root, "lib/shared/x.ts"), path.join(root, "lib/shared/y.ts"));
    expectNew();
    put("package-lock.json", '{"lockfileVersion":3}\n');
    expectNew();
    put("app/globals.css", "@import 'tailwindcss';\n.x{}\n");
    expectNew();
  });

  it("covers this repository quickly, without node_modules or the build", () => {
    const started = performance.now();
    const inputs = buildInputs(REPO);
    sourceFingerprint(REPO);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(inputs).toContain("app/globals.css");
    expect(inputs).toContain("app/layout.tsx");
    expect(inputs).toContain("next.config.js");
    expect(inputs).toContain("package-lock.json");
    expect(inputs).toContain("postcss.config.mjs");
    expect(inputs.some((f: string) => f.startsWith("node_modules/") || f.includes("/.next") || f.startsWith("."))).toBe(false);
  });
});

describe("staleReason", () => {
  const dist = () => distDirOf(root, {});

  it("asks for a build when there is none, and for one without a record of its sources", () => {
    expect(staleReason(root, dist())).toBe("there is no production build yet");
    fakeNextBuild("abc")(root, {});
    expect(staleReason(root, dist())).toBe("the build has no record of the sources it was made from");
  });

  it("is satisfied after build() until a source changes", () => {
    expect(build(root, {}, fakeNextBuild("abc"))).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dist(), RECORD_FILE), "utf8"))).toMatchObject({ sources: sourceFingerprint(root), buildId: "abc" });
    expect(staleReason(root, dist())).toBeNull();

    // The one line `npm start` prints names what changed.
    put("lib/shared/x.ts", "export const x = 2;\n");
    expect(staleReason(root, dist())).toBe("the sources changed since the last build (lib/shared/x.ts)");
    put("app/new/page.tsx", "export {};\n");
    rmSync(path.join(root, "public/favicon.svg"));
    expect(staleReason(root, dist())).toBe("the sources changed since the last build (app/new/page.tsx and 2 more)");
    expect(build(root, {}, fakeNextBuild("def"))).toBe(0);
    expect(staleReason(root, dist())).toBeNull();
  });

  it("does not vouch for a build made by hand after the record, even from the recorded sources", () => {
    build(root, {}, fakeNextBuild("abc"));
    fakeNextBuild("other")(root, {});
    expect(staleReason(root, dist())).toBe("the build was replaced by one made outside `npm run build`");
  });

  it("keeps no record when the build fails, so the next start builds again", () => {
    build(root, {}, fakeNextBuild("abc"));
    put("app/page.tsx", "broken(\n");
    expect(build(root, {}, () => 1)).toBe(1);
    // The old BUILD_ID is still there; without a record it is not taken for a build of these sources.
    expect(staleReason(root, dist())).toBe("the build has no record of the sources it was made from");
  });

  it("takes in the tsconfig.json that next build rewrites for a new distDir, so the next start does not rebuild", () => {
    const rewritingBuild = (dir: string, env: Record<string, string | undefined>) => {
      put("tsconfig.json", '{\n  "include": [".next-other/types/**/*.ts"]\n}\n');
      return fakeNextBuild("abc")(dir, env);
    };
    expect(build(root, {}, rewritingBuild)).toBe(0);
    expect(staleReason(root, dist())).toBeNull();
  });

  it("builds again at the next start when a source was edited while the build ran", () => {
    const editedMeanwhile = (dir: string, env: Record<string, string | undefined>) => {
      put("app/page.tsx", "export default function Page() { return 1; }\n");
      return fakeNextBuild("abc")(dir, env);
    };
    expect(build(root, {}, editedMeanwhile)).toBe(0);
    expect(staleReason(root, dist())).toBe("the sources changed since the last build (app/page.tsx)");
  });

  it("uses BERTH_DIST_DIR like next.config.js", () => {
    const env = { BERTH_DIST_DIR: ".next-other" };
    build(root, env, fakeNextBuild("abc"));
    expect(staleReason(root, distDirOf(root, env))).toBeNull();
    expect(staleReason(root, dist())).toBe("there is no production build yet");
  });

  it("treats a damaged record as none", () => {
    build(root, {}, fakeNextBuild("abc"));
    writeFileSync(path.join(dist(), RECORD_FILE), "{not json");
    expect(staleReason(root, dist())).toBe("the build has no record of the sources it was made from");
  });
});
