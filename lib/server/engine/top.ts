import "server-only";
import type { ProcessList } from "@/lib/shared/types/stats";
import { toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
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
    // A stopped container is the engine's 409 "is not running": passed on as a conflict. `ps` failing on the
    // arguments given ("ps: exit status 1", "process ID out of range") comes as a 500 but is the caller's.
    const e = toEngineError(err);
    if (psArgs && e.code === "engine_error" && /^ps: /.test(e.message)) {
      throw new ApiError("invalid_request", `ps refused the arguments ${JSON.stringify(psArgs)} (${e.message})`, { fields: { ps_args: e.message } });
    }
    throw e;
  }
  return { titles: raw.Titles ?? [], processes: raw.Processes ?? [] };
}
