import "server-only";
import type { Readable } from "node:stream";
import { LogDemuxer } from "./log-demux";
import { LogLineSplitter } from "./log-lines";
import type { LogContainerInfo, LogLine } from "@/lib/shared/types/logs";
import { toEngineError } from "./errors";
import type { Engine } from "./engine";

export interface LogStreamOptions {
  /** Keep the stream open and pass new lines as the container writes them. */
  follow: boolean;
  tail: number | "all";
  /** The engine's "<seconds>.<nanoseconds>" (lib/shared/schemas/logs.ts logTime). */
  since?: string;
  until?: string;
  /** Prefix each formatted line with its time (lines always carry `ts`: the browser dedupes with it). */
  timestamps: boolean;
  /** Aborting closes the engine stream: a closed browser or download closes it. */
  signal: AbortSignal;
}

export interface LogSource {
  container: LogContainerInfo;
  /** Stops reading from the engine; the engine's socket fills and the engine waits (backpressure). */
  pause(): void;
  resume(): void;
  /** Settles when the engine ends the stream (container stopped, or not following) or it fails. */
  done: Promise<void>;
}

/**
 * Opens a container's logs and calls `onLines` with the lines of each chunk the engine sends, stdout
 * and stderr told apart (non-TTY streams are multiplexed; a TTY container has one raw stream).
 */
export async function streamContainerLogs(
  engine: Engine,
  ref: string,
  opts: LogStreamOptions,
  onLines: (lines: LogLine[]) => void,
): Promise<LogSource> {
  const modem = engine.docker.modem;
  let info: LogContainerInfo;
  let raw: Readable;
  try {
    const inspected = (await engine.docker.getContainer(ref).inspect({ abortSignal: opts.signal })) as {
      Id: string;
      Name: string;
      Config?: { Tty?: boolean };
      State?: { Running?: boolean };
    };
    info = {
      id: inspected.Id,
      name: inspected.Name.replace(/^\//, ""),
      tty: inspected.Config?.Tty === true,
      running: inspected.State?.Running === true,
    };
    const query: Record<string, string | number | boolean> = {
      follow: opts.follow,
      stdout: true,
      stderr: true,
      timestamps: true,
      tail: opts.tail === "all" ? "all" : opts.tail,
    };
    if (opts.since !== undefined) query.since = opts.since;
    if (opts.until !== undefined) query.until = opts.until;
    // dockerode's container.logs() buffers the whole log in memory unless following; dialling the
    // same endpoint ourselves with isStream keeps even a one-shot download streamed.
    raw = await new Promise<Readable>((resolve, reject) => {
      modem.dial(
        {
          path: `/containers/${encodeURIComponent(info.id)}/logs?`,
          method: "GET",
          isStream: true,
          abortSignal: opts.signal,
          statusCodes: { 200: true, 404: "no such container", 500: "server error" },
          options: query,
        },
        (err: unknown, stream: unknown) => (err ? reject(err) : resolve(stream as Readable)),
      );
    });
  } catch (err) {
    throw toEngineError(err);
  }

  const splitter = new LogLineSplitter(true);
  const emit = (lines: LogLine[]) => {
    if (lines.length) onLines(lines);
  };

  // docker-modem's demuxStream copies the rest of its buffer for every frame; LogDemuxer reads frames in place.
  const demux = info.tty ? undefined : new LogDemuxer((stream, data) => emit(splitter.push(stream, data)));
  const take = (chunk: Buffer) => (demux ? demux.push(chunk) : emit(splitter.push("stdout", chunk)));
  // Read in paused mode: the engine flushes every log line as an HTTP chunk of its own, and in flowing mode each is a
  // `data` event, a demux and a split of its own. read() hands over everything buffered (all the chunks one socket
  // read brought) as one Buffer. Not reading is the backpressure: the stream's buffer fills, then the socket's.
  let paused = false;
  const drain = () => {
    for (let chunk: Buffer | null; !paused && (chunk = raw.read() as Buffer | null) !== null; ) take(chunk);
  };
  raw.on("readable", drain);

  const done = new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (err?: unknown) => {
      if (settled) return;
      settled = true;
      // The demuxer and the splitter deliver synchronously on each read, so every line read is in by now.
      emit(splitter.flush());
      if (err && !opts.signal.aborted) reject(toEngineError(err));
      else resolve();
    };
    raw.once("end", () => finish());
    raw.once("close", () => finish());
    raw.once("error", (err) => finish(err));
    opts.signal.addEventListener("abort", () => {
      raw.destroy();
      finish();
    }, { once: true });
  });

  return {
    container: info,
    pause: () => void (paused = true),
    resume: () => {
      paused = false;
      drain();
    },
    done,
  };
}
