import "server-only";
import type { Readable } from "node:stream";
import { jsonObjectLines, LineSplitter } from "./line-splitter";
import { isEmptySample, toStatsSample, type RawStats } from "./stats-mapper";
import type { StatsSample } from "@/lib/shared/types/stats";
import { toEngineError } from "./errors";
import type { Engine } from "./engine";

/** One sample, like `docker stats --no-stream`; `null` when the container is not running. */
export async function statsSample(engine: Engine, id: string): Promise<StatsSample | null> {
  let raw: RawStats;
  try {
    // Not one-shot: the engine waits for a second reading so the CPU % has a delta to work from.
    raw = (await engine.docker.getContainer(id).stats({ stream: false })) as unknown as RawStats;
  } catch (err) {
    throw toEngineError(err);
  }
  return isEmptySample(raw) ? null : toStatsSample(raw);
}

/**
 * Follows the engine's stats stream of one container (a reading about every second) until it ends or
 * `signal` aborts. `onSample` gets `null` for the zeroed readings the engine streams while the
 * container is stopped; they turn into real ones again when it starts.
 * Newline-delimited JSON, split here (lib/server/engine/line-splitter.ts): docker-modem's followProgress would keep
 * every sample in an array for as long as the stream lives.
 */
export async function followStats(
  engine: Engine,
  id: string,
  onSample: (sample: StatsSample | null) => void,
  signal: AbortSignal,
): Promise<void> {
  let stream: Readable;
  try {
    stream = (await engine.docker.getContainer(id).stats({ stream: true, abortSignal: signal } as { stream: true })) as unknown as Readable;
  } catch (err) {
    throw toEngineError(err);
  }
  const lines = new LineSplitter(
    jsonObjectLines<RawStats>((raw) => onSample(isEmptySample(raw) ? null : toStatsSample(raw))),
    // A reading is a few kB; anything this long without a newline is not one.
    { maxChars: 1024 * 1024 },
  );
  stream.on("data", (chunk: Buffer) => lines.push(chunk));
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once("error", (err) => (signal.aborted ? resolve() : reject(err)));
      stream.once("close", resolve);
      stream.once("end", resolve);
    });
  } finally {
    stream.destroy();
  }
}
