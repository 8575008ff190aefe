// `npm run serve` (and the e2e harness): run the compiled server of the current build in this process, without
// checking whether the build is current — `npm start` does that first.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { distDirOf } from "./build-fingerprint.mjs";
import { compiledServerPath } from "./compile-server-path.mjs";

/** Runs the compiled server in `dist` in this process. */
export function serve(dist) {
  const file = compiledServerPath(dist);
  if (!existsSync(file)) {
    console.error(`[berth] no compiled server at ${file}: run \`npm run build\` (or \`npm start\`, which builds when needed)`);
    process.exit(1);
  }
  process.env.NODE_ENV = "production";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  // A logged internal error names server.ts and lib/ lines, not the compiled file's (the map sits beside it).
  process.setSourceMapsEnabled(true);
  createRequire(import.meta.url)(file);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  serve(distDirOf(root, process.env));
}
