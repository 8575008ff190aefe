import "server-only";
import type { Engine } from "@/lib/server/engine/engine";
import { callEngine } from "@/lib/server/engine/errors";
import type { StackDetail } from "@/lib/shared/types/stacks";

// When the project's files cannot be read here (another machine, removed) and the CLI needs them (Compose v1
// needs a file even to stop), the lifecycle that needs no file is done on the engine directly, from the labels —
// what `compose stop/start/restart/down` would do to the same containers, networks and volumes.

type Say = (line: string) => void;

const STOP_TIMEOUT_S = 10;

function projectContainers(stack: StackDetail) {
  return stack.services.flatMap((s) => s.containers);
}

export async function lifecycleOnEngine(
  engine: Engine,
  stack: StackDetail,
  action: "start" | "stop" | "restart" | "down",
  opts: { volumes: boolean; signal: AbortSignal; say: Say },
): Promise<void> {
  const { say, signal } = opts;
  for (const c of projectContainers(stack)) {
    if (signal.aborted) throw new Error("Cancelled");
    const container = engine.docker.getContainer(c.id);
    if (action === "start") {
      if (c.state === "running") continue;
      say(`Starting ${c.name} ...`);
      await callEngine(() => container.start());
    } else if (action === "restart") {
      say(`Restarting ${c.name} ...`);
      await callEngine(() => container.restart({ t: STOP_TIMEOUT_S }));
    } else {
      if (c.state === "running" || c.state === "paused" || c.state === "restarting") {
        say(`Stopping ${c.name} ...`);
        await callEngine(() => container.stop({ t: STOP_TIMEOUT_S }));
      }
      if (action === "down") {
        say(`Removing ${c.name} ...`);
        await callEngine(() => container.remove({ v: opts.volumes }));
      }
    }
    say(`${c.name} done`);
  }
  if (action !== "down") return;
  for (const name of stack.networks) {
    say(`Removing network ${name}`);
    await callEngine(() => engine.docker.getNetwork(name).remove());
  }
  if (!opts.volumes) return;
  for (const name of stack.volumes) {
    say(`Removing volume ${name}`);
    await callEngine(() => engine.docker.getVolume(name).remove());
  }
}
