import "server-only";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { dataDirFromEnv } from "@/lib/server/config";
import { isProjectName } from "@/lib/shared/stacks/names";
import { isFile } from "./paths";

// Stacks made in Berth (the New stack form) live under BERTH_DATA_DIR/stacks/<name>/: compose.yaml and an
// optional .env. They survive restarts, and Compose's labels point back here, so they are edited like any other.

export const COMPOSE_FILE_NAME = "compose.yaml";
export const ENV_FILE_NAME = ".env";

export function stacksRoot(): string {
  return path.join(dataDirFromEnv(), "stacks");
}

/** The directory of the managed stack `name` (a checked project name: it cannot climb out of the root). */
export function stackDir(name: string): string {
  if (!isProjectName(name)) throw new Error(`not a project name: ${name}`);
  return path.join(stacksRoot(), name);
}

/** Names of the managed stacks: directories under the root holding a compose.yaml. */
export async function managedStackNames(): Promise<string[]> {
  const entries = await readdir(stacksRoot(), { withFileTypes: true }).catch(() => []);
  const names = entries.filter((e) => e.isDirectory() && isProjectName(e.name)).map((e) => e.name);
  const present = await Promise.all(names.map((n) => isFile(path.join(stackDir(n), COMPOSE_FILE_NAME))));
  return names.filter((_, i) => present[i]);
}

/** Whether `dir` is Berth's own directory for stack `name`. */
export function isManagedDir(name: string, dir: string | undefined): boolean {
  return dir !== undefined && path.resolve(dir) === stackDir(name);
}
