// Which sources a production build was made from, so `npm start` can tell a build that still matches the
// checkout from one a `git pull` (or an edit) left behind. Content hashes, not mtimes: git sets the mtime of
// what it checks out to "now", a copy or an archive can keep old ones, and a clock can go back.
//
// `scripts/build.mjs` hashes the sources around `next build` and writes the record beside the build when it
// succeeds; `scripts/start.mjs` hashes them again and rebuilds when they differ. Plain Node, no dependencies.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Folders whose files `next build` reads (every file in them, whatever the extension). */
export const INPUT_DIRS = ["app", "components", "lib", "public"];
/** Files at the root that change what `next build` or the server compile (scripts/compile-server.mjs) produces. */
export const INPUT_FILES = ["next.config.js", "package.json", "package-lock.json", "postcss.config.mjs", "server.ts", "tsconfig.json"];
/**
 * Inputs `next build` itself rewrites: for a distDir not yet listed (BERTH_DIST_DIR), it adds that folder's
 * types to tsconfig.json's `include` (and reformats the file) before it compiles.
 */
export const WRITTEN_BY_BUILD = ["tsconfig.json"];
/** The record's name inside the build folder. */
export const RECORD_FILE = "berth-source-hash";

/** The build folder, as next.config.js names it. */
export function distDirOf(root, env = process.env) {
  return path.resolve(root, env.BERTH_DIST_DIR || ".next");
}

/**
 * The build's inputs as sorted repo-relative paths. Dot-files (editor swap files, .DS_Store) and
 * node_modules are skipped; installed packages are covered by package-lock.json.
 */
export function buildInputs(root) {
  const out = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const child = `${rel}/${entry.name}`;
      const kind = entry.isSymbolicLink() ? statSync(path.join(root, child), { throwIfNoEntry: false }) : entry;
      if (kind?.isDirectory()) walk(child);
      else if (kind?.isFile()) out.push(child);
    }
  };
  for (const dir of INPUT_DIRS) if (existsSync(path.join(root, dir))) walk(dir);
  for (const file of INPUT_FILES) if (existsSync(path.join(root, file))) out.push(file);
  return out.sort();
}

/** Every input's content hash, by path. */
export function sourceDigests(root) {
  const digests = {};
  for (const rel of buildInputs(root)) digests[rel] = createHash("sha256").update(readFileSync(path.join(root, rel))).digest("hex");
  return digests;
}

/** One hash of every input's path and content. */
export function fingerprintOf(digests) {
  const all = createHash("sha256").update("berth build inputs v1\n");
  // A path cannot hold NUL and a digest is 64 hex digits: the stream reads back one way only.
  for (const rel of Object.keys(digests).sort()) all.update(`${rel}\0${digests[rel]}\n`);
  return all.digest("hex");
}

export function sourceFingerprint(root) {
  return fingerprintOf(sourceDigests(root));
}

/** Paths added, removed or changed from `before` to `after`, sorted. */
export function changedPaths(before, after) {
  const paths = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...paths].filter((p) => before[p] !== after[p]).sort();
}

function readBuildId(dist) {
  try {
    return readFileSync(path.join(dist, "BUILD_ID"), "utf8").trim() || undefined;
  } catch {
    return undefined;
  }
}

function readRecord(dist) {
  try {
    const record = JSON.parse(readFileSync(path.join(dist, RECORD_FILE), "utf8"));
    const valid = typeof record?.sources === "string" && typeof record?.buildId === "string" && typeof record?.files === "object";
    return valid && record.files !== null ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Drops the record, so a build that fails half-way is never taken for the one recorded. */
export function forgetBuild(dist) {
  rmSync(path.join(dist, RECORD_FILE), { force: true });
}

/**
 * The sources to record for a build that read `before` and left `after` behind. If only what `next build`
 * rewrites itself changed, the build used `after`; if anything else changed, someone edited a file while it
 * ran and the bundle may hold either version: `before` is recorded, so the next start builds again.
 */
export function builtFrom(before, after) {
  return changedPaths(before, after).every((p) => WRITTEN_BY_BUILD.includes(p)) ? after : before;
}

/**
 * Records that the build now in `dist` was made from the sources `digests`. The build's own BUILD_ID goes in
 * too: a later `npx next build` run by hand replaces it, and the record then no longer vouches for that build.
 */
export function recordBuild(dist, digests) {
  const buildId = readBuildId(dist);
  if (!buildId) throw new Error(`next build left no BUILD_ID in ${dist}`);
  writeFileSync(path.join(dist, RECORD_FILE), `${JSON.stringify({ sources: fingerprintOf(digests), buildId, files: digests })}\n`);
}

/** Why the build in `dist` must not be served for the sources in `root`, or null when it matches them. */
export function staleReason(root, dist, digests = sourceDigests(root)) {
  const buildId = readBuildId(dist);
  if (!buildId) return "there is no production build yet";
  const record = readRecord(dist);
  if (!record) return "the build has no record of the sources it was made from";
  if (record.buildId !== buildId) return "the build was replaced by one made outside `npm run build`";
  if (record.sources === fingerprintOf(digests)) return null;
  const changed = changedPaths(record.files, digests);
  const named = changed.length === 0 ? "" : ` (${changed[0]}${changed.length > 1 ? ` and ${changed.length - 1} more` : ""})`;
  return `the sources changed since the last build${named}`;
}
