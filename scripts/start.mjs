// `npm start`: (re)build when the production build is missing or was made from other sources than the checkout
// holds (a `git pull`, an edit: scripts/build-fingerprint.mjs), then run the compiled server
// (scripts/compile-server.mjs) in this same process: one node process, no tsx and no child at run time.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { distDirOf, staleReason } from "./build-fingerprint.mjs";
import { compiledServerPath } from "./compile-server-path.mjs";
import { serve } from "./serve.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.env.NEXT_TELEMETRY_DISABLED = "1";
const dist = distDirOf(root, process.env);

const reason = staleReason(root, dist) ?? (existsSync(compiledServerPath(dist)) ? null : "the build has no compiled server");
if (reason) {
  console.log(`[berth] running \`next build\` (about a minute): ${reason}`);
  // In a child: what the build loads (Next's compiler, esbuild's service) is gone before the server starts.
  const status = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs")], { cwd: root, stdio: "inherit" }).status ?? 1;
  if (status !== 0) process.exit(status);
}

serve(dist);
