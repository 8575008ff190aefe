import "server-only";
import { stat } from "node:fs/promises";
import path from "node:path";
import { ApiError } from "@/lib/shared/errors";

// Paths handed to the Compose CLI come from container labels (anyone who can start a container writes them) or
// from Berth's data dir. Each must be absolute and already normal, so it can neither be read as an option ("-…")
// nor climb out of where it says it is, and must hold no control character (a newline in a path would make log
// lines and error messages lie).

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function pathProblem(p: string): string | undefined {
  if (!p) return "is empty";
  if (CONTROL.test(p)) return "holds a control character";
  if (!path.isAbsolute(p)) return "is not absolute";
  if (path.normalize(p) !== p) return "is not a normal path";
  return undefined;
}

function refuse(what: string, p: string, problem: string): never {
  throw new ApiError("invalid_request", `The ${what} ${JSON.stringify(p.slice(0, 200))} ${problem}`);
}

/** Checks the shape only (no disk access): what a label says before Berth decides whether it can read it. */
export function assertPathShape(what: string, p: string): void {
  const problem = pathProblem(p);
  if (problem) refuse(what, p, problem);
}

/** Whether `p` is a readable regular file (false for a path from another machine, or removed). */
export async function isFile(p: string): Promise<boolean> {
  if (pathProblem(p)) return false;
  return stat(p).then((s) => s.isFile(), () => false);
}

export async function isDirectory(p: string): Promise<boolean> {
  if (pathProblem(p)) return false;
  return stat(p).then((s) => s.isDirectory(), () => false);
}

/** The project's files and working directory as the CLI will get them: shape checked and present on disk. */
export async function assertComposePaths(files: readonly string[], workingDir: string | undefined): Promise<void> {
  for (const file of files) {
    assertPathShape("compose file", file);
    if (!(await isFile(file))) refuse("compose file", file, "is not a readable file here");
  }
  if (workingDir !== undefined) {
    assertPathShape("project directory", workingDir);
    if (!(await isDirectory(workingDir))) refuse("project directory", workingDir, "is not a directory here");
  }
}
