import "server-only";
import type { Engine } from "@/lib/server/engine/engine";
import { applyOutput, startTask } from "@/lib/server/live/tasks";
import { ApiError } from "@/lib/shared/errors";
import { FILELESS_ACTIONS, type DownPreview, type ProjectAction, type ServiceAction } from "@/lib/shared/stacks/actions";
import type { StackDetail } from "@/lib/shared/types/stacks";
import type { Task } from "@/lib/shared/types/images";
import { describeFailure, requireCompose, runCompose, type ComposeTarget } from "./cli";
import { lifecycleOnEngine } from "./engine-fallback";
import { fileTarget, getStack } from "./stacks";

// Every stack command runs as a task: its output streamed into the task centre, cancellable, and on failure the
// CLI's exit status and stderr as the task's error.

/** Compose's arguments for a project action (after `-p`, `-f`…). Down takes every container of the project. */
export function projectArgs(action: ProjectAction, opts: { volumes?: boolean } = {}): string[] {
  switch (action) {
    case "up":
      return ["up", "-d"];
    case "recreate":
      return ["up", "-d", "--force-recreate"];
    case "down":
      return ["down", "--remove-orphans", ...(opts.volumes ? ["-v"] : [])];
    default:
      return [action];
  }
}

export function serviceArgs(action: ServiceAction, service: string, replicas?: number): string[] {
  if (action === "restart") return ["restart", service];
  if (replicas === undefined) throw new ApiError("invalid_request", "Scaling needs a number of replicas", { fields: { replicas: "Required" } });
  return ["up", "-d", "--no-deps", "--scale", `${service}=${replicas}`, service];
}

/** Runs `args` for the stack in a task; a non-zero exit fails the task with the CLI's words. */
export function composeTask(engine: Engine, target: ComposeTarget, label: string, args: string[]): Task {
  return startTask("compose", `${target.project}: ${label}`, async (signal, task) => {
    applyOutput(task, `$ compose ${args.join(" ")}\n`);
    const result = await runCompose(engine, target, args, { signal, onOutput: (text) => applyOutput(task, text) });
    if (result.aborted) throw new Error("Cancelled by the user");
    if (result.code !== 0) throw new Error(describeFailure(result));
  });
}

/** How the stack can be acted on: with its files, with the project name only (v2), or not with the CLI at all. */
async function targetFor(engine: Engine, stack: StackDetail, action: ProjectAction): Promise<ComposeTarget | undefined> {
  const withFiles = fileTarget(stack);
  if (withFiles) return withFiles;
  if (!FILELESS_ACTIONS.includes(action)) {
    throw new ApiError("conflict", `The files of ${stack.name} cannot be read here: ${action} needs them. Stop, start, restart and down still work.`);
  }
  // Compose v2 finds a project's containers from the labels alone; v1 needs a file, so the engine does it.
  return (await requireCompose(engine)).kind === "plugin" ? { project: stack.name } : undefined;
}

export async function runProjectAction(engine: Engine, name: string, action: ProjectAction, opts: { volumes?: boolean }): Promise<Task> {
  const stack = await getStack(engine, name);
  await requireCompose(engine);
  const target = await targetFor(engine, stack, action);
  if (target) return composeTask(engine, target, action, projectArgs(action, opts));
  return startTask("compose", `${name}: ${action}`, (signal, task) =>
    lifecycleOnEngine(engine, stack, action as "start" | "stop" | "restart" | "down", {
      volumes: opts.volumes ?? false,
      signal,
      say: (line) => applyOutput(task, `${line}\n`),
    }),
  );
}

export async function runServiceAction(engine: Engine, name: string, service: string, action: ServiceAction, replicas?: number): Promise<Task> {
  const stack = await getStack(engine, name);
  if (!stack.services.some((s) => s.name === service)) throw new ApiError("not_found", `No service ${service} in ${name}`);
  const target = fileTarget(stack);
  if (!target) throw new ApiError("conflict", `The files of ${name} cannot be read here: ${action} of a service needs them.`);
  return composeTask(engine, target, `${action} ${service}${action === "scale" ? ` to ${replicas}` : ""}`, serviceArgs(action, service, replicas));
}

/** Exactly what `down` removes: every container of the project, its networks, and with `volumes` its volumes. */
export async function downPreview(engine: Engine, name: string, volumes: boolean): Promise<DownPreview> {
  const stack = await getStack(engine, name);
  return {
    containers: stack.services.flatMap((s) => s.containers.map((c) => c.name)).sort(),
    networks: stack.networks,
    volumes: volumes ? stack.volumes : [],
  };
}
