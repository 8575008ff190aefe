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
  // With BERTH_SOURCE_MAPS=1 a logged internal error names server.ts and lib/ lines, not the compiled files' (the
  // maps sit beside them). Off by default: Node then reads and keeps the maps of every module it loads, ~35 MB of
  // the idle server's 160 (bench/start-footprint.ts). The e2e harness turns it on.
  if (process.env.BERTH_SOURCE_MAPS === "1") process.setSourceMapsEnabled(true);
  createRequire(import.meta.url)(file);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  serve(distDirOf(root, process.env));
}
