import { readdirSync } from "node:fs";
import path from "node:path";
import { fillPattern } from "./api-routes";

// Berth's screens as the code defines them: every page.tsx under app/ (outside app/api), read at test time.

const APP_DIR = path.join(__dirname, "../../app");

function pageFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return full === path.join(APP_DIR, "api") ? [] : pageFiles(full);
    return /^page\.(tsx|ts|jsx|js)$/.test(entry.name) ? [full] : [];
  });
}

/** Every page's URL pattern (`/containers/[id]`), route groups and slots left out. */
export function pagePatterns(): string[] {
  return pageFiles(APP_DIR)
    .map((file) => {
      const segments = path
        .relative(APP_DIR, path.dirname(file))
        .split(path.sep)
        .filter(Boolean)
        .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
      return `/${segments.join("/")}`;
    })
    .sort();
}

/** Every page as a URL, each dynamic segment filled with `value`. */
export function pageUrls(value = "berth-e2e-nothing"): string[] {
  return pagePatterns().map((p) => fillPattern(p, () => value));
}
