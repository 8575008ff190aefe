// Where the compiled server sits in a build folder; apart from compile-server.mjs so that `npm start` can find it
// without loading esbuild.
import path from "node:path";

export const SERVER_FILE = "berth-server.cjs";

export function compiledServerPath(dist) {
  return path.join(dist, SERVER_FILE);
}
