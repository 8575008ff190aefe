// `npm run build` (and `npm start`, `npm test` when they build): `next build` and the compiled server, then a record of the sources it was
// made from beside it (scripts/build-fingerprint.mjs), so a later `npm start` knows whether it is still current.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { builtFrom, distDirOf, forgetBuild, recordBuild, sourceDigests } from "./build-fingerprint.mjs";
import { compileServer } from "./compile-server.mjs";

/** `next build`, then the custom server compiled beside it (scripts/compile-server.mjs). */
function nextBuild(root, env) {
  const status = spawnSync("npx", ["next", "build"], { cwd: root, env, stdio: "inherit" }).status ?? 1;
  if (status !== 0) return status;
  try {
    compileServer(root, distDirOf(root, env));
    return 0;
  } catch (err) {
    console.error("[berth] compiling server.ts failed:", err.message);
    return 1;
  }
}

/** Builds `root` and records its sources on success; the exit status. `run` is `next build` but for tests. */
export function build(root, env = process.env, run = nextBuild) {
  const dist = distDirOf(root, env);
  // Hashed before and after: a file edited while the build runs makes the next start build again.
  const before = sourceDigests(root);
  forgetBuild(dist);
  const status = run(root, env);
  if (status === 0) recordBuild(dist, builtFrom(before, sourceDigests(root)));
  return status;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  process.exit(build(root, { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }));
}
