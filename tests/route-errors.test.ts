import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// One render error must not blank every screen: each page's segment has its own error boundary, all showing the
// one shared RouteError, and the root layout has global-error.tsx. A new screen without one fails here.

const APP = path.resolve(__dirname, "..", "app");

function pageDirs(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === "api") continue;
    out.push(...pageDirs(path.join(dir, entry.name)));
  }
  if (existsSync(path.join(dir, "page.tsx"))) out.push(dir);
  return out;
}

describe("route error boundaries", () => {
  const dirs = pageDirs(APP);

  it("finds the screens", () => {
    expect(dirs.length).toBeGreaterThan(10);
  });

  it.each(dirs.map((d) => [path.relative(path.dirname(APP), d)]))("%s has an error.tsx that shows RouteError", (rel) => {
    const file = path.join(path.dirname(APP), rel, "error.tsx");
    expect(existsSync(file)).toBe(true);
    const src = readFileSync(file, "utf8");
    expect(src).toMatch(/^["']use client["']/);
    expect(src).toContain('from "@/components/ui/route-error"');
  });

  it("the root layout has global-error.tsx with its own document", () => {
    const src = readFileSync(path.join(APP, "global-error.tsx"), "utf8");
    expect(src).toMatch(/^["']use client["']/);
    expect(src).toContain("<html");
    expect(src).toContain('from "@/components/ui/route-error"');
  });
});
