import "server-only";
import path from "node:path";
import type { Engine } from "@/lib/server/engine/engine";
import { listContainers } from "@/lib/server/engine/containers";
import { listNetworks } from "@/lib/server/engine/networks";
import { listVolumes } from "@/lib/server/engine/volumes";
import { ApiError } from "@/lib/shared/errors";
import { groupStacks } from "@/lib/shared/stacks/group";
import { projectNameProblem } from "@/lib/shared/stacks/names";
import type { StackDetail, StackSummary } from "@/lib/shared/types/stacks";
import { composeStatus, type ComposeTarget } from "./cli";
import { isFile, pathProblem } from "./paths";
import { COMPOSE_FILE_NAME, managedStackNames, stackDir } from "./store";

/** Every Compose project on the engine (and every stack Berth keeps files for), by name. */
export async function listStacks(engine: Engine): Promise<StackSummary[]> {
  const [containers, networks, volumes, managed] = await Promise.all([
    listContainers(engine, { all: true }),
    listNetworks(engine),
    listVolumes(engine),
    managedStackNames(),
  ]);
  return groupStacks(containers, networks, volumes, managed).map(withManagedFiles);
}

/** A managed stack that is down has no container to say where its files are: they are where Berth keeps them. */
function withManagedFiles(stack: StackSummary): StackSummary {
  if (!stack.managed || stack.configFiles.length) return stack;
  const dir = stackDir(stack.name);
  return { ...stack, workingDir: dir, configFiles: [path.join(dir, COMPOSE_FILE_NAME)] };
}

export function assertStackName(name: string): void {
  const problem = projectNameProblem(name);
  if (problem) throw new ApiError("invalid_request", problem, { fields: { name: problem } });
}

export async function getStack(engine: Engine, name: string): Promise<StackDetail> {
  assertStackName(name);
  const stack = (await listStacks(engine)).find((s) => s.name === name);
  if (!stack) throw new ApiError("not_found", `No such stack: ${name}`);
  const readable = stack.configFiles.length > 0 && (await Promise.all(stack.configFiles.map(isFile))).every(Boolean);
  return { ...stack, filesReadable: readable, compose: await composeStatus(engine) };
}

/**
 * What the CLI needs to act on the stack with its files: the files and directory the labels name, shape-checked
 * (runCompose checks them on disk). Undefined when the files cannot be read here.
 */
export function fileTarget(stack: StackDetail): ComposeTarget | undefined {
  if (!stack.filesReadable) return undefined;
  const dir = stack.workingDir ?? path.dirname(stack.configFiles[0]!);
  if (stack.configFiles.some((f) => pathProblem(f)) || pathProblem(dir)) return undefined;
  return { project: stack.name, files: stack.configFiles, workingDir: dir };
}
