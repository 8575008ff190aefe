import "server-only";
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Engine } from "@/lib/server/engine/engine";
import { ApiError } from "@/lib/shared/errors";
import type { StackFiles } from "@/lib/shared/types/stacks";
import { parseEnvFile } from "@/lib/shared/env-file";
import { describeFailure, runCompose, type ComposeTarget } from "./cli";
import { isFile } from "./paths";
import { fileTarget, getStack } from "./stacks";
import { ENV_FILE_NAME } from "./store";

// The compose files named by a project's labels, shown and edited in the browser. Labels are written by whoever
// started the containers, so Berth reads only what looks like a compose file (.yml/.yaml/.json, a regular file,
// bounded), and shows the project's .env with its values masked.

export const MAX_FILE_BYTES = 1024 * 1024;
const COMPOSE_EXTENSIONS = [".yml", ".yaml", ".json"];
const CONFIG_TIMEOUT_MS = 60_000;

function isComposeFileName(p: string): boolean {
  return COMPOSE_EXTENSIONS.includes(path.extname(p).toLowerCase());
}

async function readBounded(p: string): Promise<string | undefined> {
  if (!(await isFile(p))) return undefined;
  const { size } = await stat(p);
  if (size > MAX_FILE_BYTES) return undefined;
  return readFile(p, "utf8").catch(() => undefined);
}

/** The project's files as the browser shows them, or why they cannot be. */
export async function stackFiles(engine: Engine, name: string): Promise<StackFiles> {
  const stack = await getStack(engine, name);
  const target = fileTarget(stack);
  if (!target || !target.files!.every(isComposeFileName)) {
    return { readable: false, reason: "The files named by the project's labels cannot be read here (another machine, or removed).", files: [] };
  }
  const contents = await Promise.all(target.files!.map(readBounded));
  if (contents.some((c) => c === undefined)) {
    return { readable: false, reason: `A file is unreadable or larger than ${MAX_FILE_BYTES / 1024} kB.`, files: [] };
  }
  const envPath = path.join(target.workingDir!, ENV_FILE_NAME);
  const envText = await readBounded(envPath);
  // Values never leave the server: names only, each shown as masked.
  const env = envText === undefined ? undefined : { path: envPath, keys: parseEnvFile(envText).rows.map((r) => r.key) };
  return { readable: true, files: target.files!.map((p, i) => ({ path: p, content: contents[i]! })), env };
}

/** The CLI's message with Berth's temporary file names put back as the file the user edited. */
function cliMessage(text: string, candidate: string, original: string): string {
  return text.split(candidate).join(original).split(path.basename(candidate)).join(path.basename(original)).trim();
}

/** `compose config` of `target`: the resolved config, or the CLI's refusal as a 422 with its words. */
export async function resolvedConfig(engine: Engine, target: ComposeTarget, rename?: { candidate: string; original: string }): Promise<string> {
  const result = await runCompose(engine, target, ["config"], { timeoutMs: CONFIG_TIMEOUT_MS });
  if (result.code === 0) return result.stdout;
  const message = result.timedOut ? describeFailure(result) : result.stderr.trim() || describeFailure(result);
  throw new ApiError("compose_invalid", rename ? cliMessage(message, rename.candidate, rename.original) : message);
}

interface Edit {
  target: ComposeTarget;
  file: string;
}

async function editTarget(engine: Engine, name: string, file: string): Promise<Edit> {
  const stack = await getStack(engine, name);
  const target = fileTarget(stack);
  if (!target) throw new ApiError("conflict", `The files of ${name} cannot be read here, so they cannot be edited`);
  if (!target.files!.includes(file)) throw new ApiError("invalid_request", "Only the project's own compose files can be edited", { fields: { path: "Not one of the project's files" } });
  if (!isComposeFileName(file)) throw new ApiError("invalid_request", "Not a compose file", { fields: { path: "Not a compose file" } });
  return { target, file };
}

/**
 * Runs `fn` with `content` written beside `file` (same directory, so relative paths and .env resolve the same)
 * and the project's target pointing at it instead; the candidate is removed whatever happens.
 */
async function withCandidate<T>(edit: Edit, content: string, fn: (target: ComposeTarget, candidate: string) => Promise<T>): Promise<T> {
  const candidate = path.join(path.dirname(edit.file), `.berth-candidate-${randomBytes(6).toString("hex")}${path.extname(edit.file)}`);
  await writeFile(candidate, content, { flag: "wx", mode: 0o600 }).catch((err: unknown) => {
    throw new ApiError("conflict", `Cannot write beside ${edit.file}: ${err instanceof Error ? err.message : String(err)}`);
  });
  try {
    return await fn({ ...edit.target, files: edit.target.files!.map((f) => (f === edit.file ? candidate : f)) }, candidate);
  } finally {
    await rm(candidate, { force: true });
  }
}

/** The resolved config now and with `content` in place of `file`: what the diff before a redeploy shows. */
export async function previewEdit(engine: Engine, name: string, file: string, content: string): Promise<{ before: string; after: string }> {
  const edit = await editTarget(engine, name, file);
  // Two CLI runs (a Python start each for v1): side by side. A current file the CLI rejects diffs as empty.
  const [before, after] = await Promise.all([
    resolvedConfig(engine, edit.target).catch(() => ""),
    withCandidate(edit, content, (target, candidate) => resolvedConfig(engine, target, { candidate, original: file })),
  ]);
  return { before, after };
}

/** Validates `content` with `compose config`, then replaces `file` with it (atomically: a rename in its directory). */
export async function saveEdit(engine: Engine, name: string, file: string, content: string): Promise<ComposeTarget> {
  const edit = await editTarget(engine, name, file);
  await withCandidate(edit, content, (target, candidate) => resolvedConfig(engine, target, { candidate, original: file }));
  const temp = path.join(path.dirname(file), `.berth-save-${randomBytes(6).toString("hex")}${path.extname(file)}`);
  const mode = (await stat(file)).mode & 0o777;
  await writeFile(temp, content, { flag: "wx", mode });
  await rename(temp, file).catch(async (err: unknown) => {
    await rm(temp, { force: true });
    throw err;
  });
  return edit.target;
}
