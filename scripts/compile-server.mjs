// The custom server (server.ts: Next + socket.io on one port) compiled to one plain-JavaScript file beside the
// build, so `npm start` runs it in its own node process: no tsx and no esbuild service at run time. Packages
// stay external (Next, dockerode and socket.io load from node_modules as they would under tsx); Berth's own
// lib/ is bundled in, `@/` paths resolved from tsconfig.json.
import { buildSync } from "esbuild";
import { compiledServerPath } from "./compile-server-path.mjs";

/** Compiles `root`/server.ts into `dist`; throws with esbuild's messages on failure. */
export function compileServer(root, dist) {
  buildSync({
    absWorkingDir: root,
    entryPoints: ["server.ts"],
    outfile: compiledServerPath(dist),
    bundle: true,
    packages: "external",
    platform: "node",
    format: "cjs",
    target: "node20",
    tsconfig: "tsconfig.json",
    sourcemap: "linked",
    logLevel: "warning",
    banner: { js: "// Compiled from server.ts by scripts/compile-server.mjs; do not edit." },
  });
}
