import "server-only";
import type { ProcessList } from "@/lib/shared/types/stats";
import { toEngineError } from "./errors";
import type { Engine } from "./engine";

interface RawTop {
  Titles?: string[] | null;
  Processes?: string[][] | null;
}

/** `docker top`: the engine runs `ps` (with `psArgs`, default `-ef`) against the container's processes. */
export async function listProcesses(engine: Engine, ref: string, psArgs?: string): Promise<ProcessList> {
  let raw: RawTop;
  try {
    raw = (await engine.docker.getContainer(ref).top(psArgs ? { ps_args: psArgs } : {})) as RawTop;
  } catch (err) {
    // A stopped container is the engine's 409 "is not running": passed on as a conflict.
    throw toEngineError(err);
  }
  return { titles: raw.Titles ?? [], processes: raw.Processes ?? [] };
}
