import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The checkout Next serves: the folder holding next.config.js, found upwards from `from`. server.ts runs
 * from the checkout under tsx and from the build folder once compiled (scripts/compile-server.mjs), so its
 * own __dirname is not the answer in both.
 */
export function appRoot(from: string): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "next.config.js"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no next.config.js above ${from}`);
  }
}
