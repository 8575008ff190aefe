import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Berth's API as the code defines it: every route file under app/api, read at test time, so a route
// added tomorrow is covered without anyone remembering to list it.

export const API_DIR = path.join(__dirname, "../../app/api");

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof METHODS)[number];

export interface ApiRouteFile {
  /** Relative to the repository, for messages. */
  file: string;
  /** The URL path with its dynamic segments as written: `/api/containers/[id]/export`. */
  pattern: string;
  /** The HTTP methods the file exports. */
  methods: HttpMethod[];
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

/** `export const GET =`, `export async function POST(`, `export { GET, HEAD }` (also `x as GET`). */
export function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|var|(?:async\s+)?function\*?)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) found.add(part.trim().split(/\s+as\s+/).pop()!.trim());
  }
  return METHODS.filter((method) => found.has(method));
}

export function apiRouteFiles(): ApiRouteFile[] {
  const repo = path.join(API_DIR, "../..");
  return routeFiles(API_DIR)
    .sort()
    .map((file) => {
      const segments = path
        .relative(API_DIR, path.dirname(file))
        .split(path.sep)
        .filter(Boolean)
        // Route groups `(name)` and slots `@name` are not part of the URL.
        .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
      return {
        file: path.relative(repo, file),
        pattern: ["/api", ...segments].join("/"),
        methods: exportedMethods(readFileSync(file, "utf8")),
      };
    });
}

/**
 * The pattern with each `[param]` (and `[...param]`, `[[...param]]`) replaced by `value(param, collection)`,
 * URL-encoded; `collection` is the segment before it (`containers` for `/api/containers/[id]`).
 */
export function fillPattern(pattern: string, value: (param: string, collection: string) => string): string {
  const segments = pattern.split("/");
  return segments
    .map((segment, i) => {
      const m = /^\[{1,2}(?:\.\.\.)?([^\]]+)\]{1,2}$/.exec(segment);
      return m ? encodeURIComponent(value(m[1]!, segments[i - 1] ?? "")) : segment;
    })
    .join("/");
}
