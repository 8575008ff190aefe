import "server-only";
import type { Engine } from "@/lib/server/engine/engine";
import { processWide } from "@/lib/server/process-state";
import { ApiError } from "@/lib/shared/errors";
import { projectNameProblem } from "@/lib/shared/stacks/names";
import type { ComposeInfo, ComposeStatus } from "@/lib/shared/types/stacks";
import { assertComposePaths } from "./paths";
import { runProcess, type ProcessOptions, type ProcessResult } from "./run-process";

// Berth's stacks run the real Compose CLI, never a re-implementation of the spec: `docker compose` (the v2
// plugin) when the docker CLI has it, else `docker-compose` (v1 or a standalone v2). Detected once per engine,
// with that engine's DOCKER_HOST, so the CLI talks to the engine Berth shows.

export interface ComposeCli extends ComposeInfo {
  /** The program run, and the arguments that come before Compose's own. */
  file: string;
  prefix: string[];
}

export interface ComposeTarget {
  project: string;
  /** The project's compose files (`-f`), absolute; none for commands that need only the project name. */
  files?: readonly string[];
  workingDir?: string;
}

const DETECT_TIMEOUT_MS = 15_000;
export const DEFAULT_TIMEOUT_MS = 10 * 60_000;
const VERSION = /^v?(\d+\.\d+\.\d+\S*)/;

/** The environment the CLI runs in: Berth's own, pointed at `engine`, without the user's COMPOSE_* settings. */
export function composeEnv(engine: Engine, base: Record<string, string | undefined> = process.env): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(base)) if (!key.startsWith("COMPOSE_")) env[key] = value;
  env.DOCKER_HOST = engine.endpoint;
  // Plain lines for the task centre: no progress bars redrawn with escape codes.
  env.COMPOSE_INTERACTIVE_NO_CLI = "1";
  return env;
}

type Runner = (file: string, args: readonly string[], opts: ProcessOptions) => Promise<ProcessResult>;

/** The first Compose that answers `version --short`, or null when there is none. */
export async function detectCompose(env: Record<string, string | undefined>, run: Runner = runProcess): Promise<ComposeCli | null> {
  const candidates: Array<Omit<ComposeCli, "version">> = [
    { kind: "plugin", command: "docker compose", file: "docker", prefix: ["compose"] },
    { kind: "standalone", command: "docker-compose", file: "docker-compose", prefix: [] },
  ];
  for (const candidate of candidates) {
    const result = await run(candidate.file, [...candidate.prefix, "version", "--short"], { env, timeoutMs: DETECT_TIMEOUT_MS });
    const version = VERSION.exec(result.stdout.trim())?.[1];
    if (result.code === 0 && version) return { ...candidate, version };
  }
  return null;
}

/** The engine's Compose, detected on first use. */
export function composeFor(engine: Engine): Promise<ComposeCli | null> {
  const cache = processWide("compose-cli", () => new Map<string, Promise<ComposeCli | null>>());
  let found = cache.get(engine.id);
  if (!found) {
    found = detectCompose(composeEnv(engine));
    cache.set(engine.id, found);
  }
  return found;
}

export const INSTALL_HINT =
  "Install Docker's Compose plugin (the docker-compose-plugin package, giving `docker compose`) or Compose v1 " +
  "(`apt-get install docker-compose`) on the machine Berth runs on, then restart Berth.";

/** What the System screen says of Compose (the CLI's fields only: not the path Berth runs). */
export async function composeStatus(engine: Engine): Promise<ComposeStatus> {
  const cli = await composeFor(engine);
  return cli ? { cli: { kind: cli.kind, command: cli.command, version: cli.version } } : { cli: null, installHint: INSTALL_HINT };
}

export async function requireCompose(engine: Engine): Promise<ComposeCli> {
  const cli = await composeFor(engine);
  if (!cli) throw new ApiError("compose_unavailable", `No Compose CLI found: stacks are read-only. ${INSTALL_HINT}`);
  return cli;
}

/** The argument array for `compose … args`: the project name and paths checked, never a shell string. */
export function composeArgs(cli: ComposeCli, target: ComposeTarget, args: readonly string[]): string[] {
  const problem = projectNameProblem(target.project);
  if (problem) throw new ApiError("invalid_request", problem, { fields: { name: problem } });
  const out = [...cli.prefix, "--ansi", "never", "-p", target.project];
  for (const file of target.files ?? []) out.push("-f", file);
  if (target.workingDir) out.push("--project-directory", target.workingDir);
  return [...out, ...args];
}

export interface ComposeRun extends Omit<ProcessOptions, "env" | "cwd" | "timeoutMs"> {
  timeoutMs?: number;
}

/** Runs Compose for one project; resolves with the exit status and output whatever it is (callers decide). */
export async function runCompose(engine: Engine, target: ComposeTarget, args: readonly string[], opts: ComposeRun = {}): Promise<ProcessResult> {
  const cli = await requireCompose(engine);
  const argv = composeArgs(cli, target, args);
  await assertComposePaths(target.files ?? [], target.workingDir);
  return runProcess(cli.file, argv, {
    ...opts,
    env: composeEnv(engine),
    cwd: target.workingDir,
    timeoutMs: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
}

/** The CLI's own words for a failed run: its last stderr lines and the exit status. */
export function describeFailure(result: ProcessResult): string {
  if (result.timedOut) return "Compose did not finish in time and was stopped";
  const tail = result.stderr.trim().split("\n").slice(-20).join("\n");
  return `Compose exited with status ${result.code ?? "(killed)"}${tail ? `:\n${tail}` : ""}`;
}
