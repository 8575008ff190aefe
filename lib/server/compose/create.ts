import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Engine } from "@/lib/server/engine/engine";
import { ApiError } from "@/lib/shared/errors";
import type { Task } from "@/lib/shared/types/images";
import { composeTask } from "./actions";
import { requireCompose } from "./cli";
import { resolvedConfig } from "./files";
import { listStacks } from "./stacks";
import { COMPOSE_FILE_NAME, ENV_FILE_NAME, stackDir, stacksRoot } from "./store";

// A new stack from pasted or uploaded text: checked by `compose config` in a scratch directory first, so a file
// the CLI rejects leaves nothing behind; then moved into place in one rename and brought up as a task.

export async function createStack(engine: Engine, input: { name: string; compose: string; env?: string }): Promise<{ dir: string; task: Task }> {
  await requireCompose(engine);
  const dir = stackDir(input.name);
  if (await stat(dir).then(() => true, () => false)) throw new ApiError("conflict", `A stack named ${input.name} is already kept by Berth`);
  if ((await listStacks(engine)).some((s) => s.name === input.name)) {
    throw new ApiError("conflict", `A Compose project named ${input.name} already runs on this engine`, { fields: { name: "Already in use" } });
  }
  const root = stacksRoot();
  await mkdir(root, { recursive: true, mode: 0o700 });
  const scratch = path.join(root, `.new-${input.name}-${randomBytes(6).toString("hex")}`);
  await mkdir(scratch, { mode: 0o700 });
  try {
    const file = path.join(scratch, COMPOSE_FILE_NAME);
    await writeFile(file, input.compose, { mode: 0o600 });
    if (input.env !== undefined && input.env !== "") await writeFile(path.join(scratch, ENV_FILE_NAME), input.env, { mode: 0o600 });
    await resolvedConfig(engine, { project: input.name, files: [file], workingDir: scratch }, { candidate: file, original: COMPOSE_FILE_NAME }).catch(
      (err: unknown) => {
        // The CLI names the scratch directory; the user knows only their file.
        if (err instanceof ApiError) throw new ApiError("compose_invalid", err.message.split(`${scratch}/`).join("").split(scratch).join("."));
        throw err;
      },
    );
    await rename(scratch, dir);
  } catch (err) {
    await rm(scratch, { recursive: true, force: true });
    if (err instanceof Error && "code" in err && (err.code === "ENOTEMPTY" || err.code === "EEXIST")) {
      throw new ApiError("conflict", `A stack named ${input.name} is already kept by Berth`);
    }
    throw err;
  }
  const task = composeTask(engine, { project: input.name, files: [path.join(dir, COMPOSE_FILE_NAME)], workingDir: dir }, "deploy", ["up", "-d"]);
  return { dir, task };
}
