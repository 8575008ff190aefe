// `npm start`: (re)build when the production build is missing or was made from other sources than the checkout
// holds (a `git pull`, an edit: scripts/build-fingerprint.mjs), then serve it with the custom server.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { distDirOf, staleReason } from "./build-fingerprint.mjs";
import { build } from "./build.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const reason = staleReason(root, distDirOf(root, env));
if (reason) {
  console.log(`[berth] running \`next build\` (about a minute): ${reason}`);
  const status = build(root, env);
  if (status !== 0) process.exit(status);
}

const server = spawn("npx", ["tsx", "server.ts"], { cwd: root, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
