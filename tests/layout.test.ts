import { readdirSync, readFileSync, statSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The folder says where code runs (README, "How it works"):
//   lib/server/   server only — the engine layer, socket.io, the API wrapper, stores. Every file imports "server-only".
//   lib/shared/   pure code both sides use — schemas, the types the browser sees, rules. Imports only lib/shared.
//   lib/browser/  browser code — hooks, fetchers, the socket client. Never server code.
//   components/   React, browser side; components/ui/ holds the primitives and imports no feature folder.
// This test reads every import and fails on a file that crosses those lines.

const ROOT = path.resolve(__dirname, "..");

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(rel);
  }
  return out;
}

const isTest = (f: string) => /\.test\.tsx?$/.test(f);

/** Every module specifier a file imports (static, dynamic, re-exports, vi.mock). */
function specifiers(file: string): string[] {
  const src = readFileSync(path.join(ROOT, file), "utf8");
  const found: string[] = [];
  for (const m of src.matchAll(/(?:\bfrom|\bimport|\bmock)\s*\(?\s*["']([^"'\n]+)["']/g)) found.push(m[1]!);
  return found;
}

/** The repo-relative file a specifier names, or the bare package name. */
function target(file: string, spec: string): string {
  let base: string;
  if (spec.startsWith("@/")) base = spec.slice(2);
  else if (spec.startsWith(".")) base = path.normalize(path.join(path.dirname(file), spec));
  else return spec;
  for (const ext of ["", ".ts", ".tsx", "/index.ts"]) {
    const candidate = base + ext;
    const abs = path.join(ROOT, candidate);
    if (existsSync(abs) && statSync(abs).isFile()) return candidate;
  }
  return base;
}

function imports(file: string): string[] {
  return specifiers(file).map((s) => target(file, s));
}

const within = (prefix: string) => (t: string) => t.startsWith(prefix);
const SERVER_PACKAGES = new Set(["dockerode", "docker-modem", "socket.io", "better-sqlite3", "server-only"]);
const isNodeBuiltin = (t: string) => t.startsWith("node:");

function violations(files: string[], bad: (t: string) => boolean): string[] {
  return files.flatMap((f) => imports(f).filter(bad).map((t) => `${f} → ${t}`));
}

const server = sourceFiles("lib/server").filter((f) => !isTest(f));
const shared = sourceFiles("lib/shared").filter((f) => !isTest(f));
const browser = sourceFiles("lib/browser").filter((f) => !isTest(f));
const components = sourceFiles("components");
const clientPages = sourceFiles("app").filter((f) => !f.startsWith("app/api/") && /^["']use client["']/m.test(readFileSync(path.join(ROOT, f), "utf8")));

describe("layout: the folder says where code runs", () => {
  it("finds the three kinds of code", () => {
    expect(server.length).toBeGreaterThan(20);
    expect(shared.length).toBeGreaterThan(20);
    expect(browser.length).toBeGreaterThan(20);
  });

  it("lib/ holds only server/, shared/ and browser/", () => {
    const top = readdirSync(path.join(ROOT, "lib"));
    expect(top.sort()).toEqual(["browser", "server", "shared"]);
  });

  it("every server file imports server-only first", () => {
    // allow-server-only is what lets server.ts (run outside Next's bundler) load the others.
    const missing = server.filter((f) => f !== "lib/server/allow-server-only.ts" && specifiers(f)[0] !== "server-only");
    expect(missing).toEqual([]);
  });

  it("shared code imports only shared code and pure packages", () => {
    expect(violations(shared, (t) => within("lib/server/")(t) || within("lib/browser/")(t) || within("components/")(t))).toEqual([]);
    expect(violations(shared, (t) => SERVER_PACKAGES.has(t) || isNodeBuiltin(t) || t === "react" || t === "swr")).toEqual([]);
  });

  it("browser code and components never import server code", () => {
    const bad = (t: string) => within("lib/server/")(t) || SERVER_PACKAGES.has(t);
    expect(violations([...browser, ...components, ...clientPages], bad)).toEqual([]);
  });

  it("lib/ never imports components/, and server code never imports browser code", () => {
    expect(violations([...server, ...shared, ...browser], within("components/"))).toEqual([]);
    expect(violations(server, within("lib/browser/"))).toEqual([]);
  });

  it("only the engine layer imports dockerode", () => {
    const all = [...sourceFiles("lib"), ...sourceFiles("app"), ...components, "server.ts"];
    const importers = all.filter((f) => imports(f).some((t) => t === "dockerode" || t === "docker-modem"));
    expect(importers.filter((f) => !f.startsWith("lib/server/engine/"))).toEqual([]);
  });

  it("UI primitives import no feature folder", () => {
    const ui = components.filter(within("components/ui/"));
    expect(violations(ui, (t) => within("components/")(t) && !within("components/ui/")(t))).toEqual([]);
  });
});
