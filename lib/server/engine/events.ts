import "server-only";
import { EventEmitter } from "node:events";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { EngineEvent } from "@/lib/shared/types/engine";
import type { Engine } from "./engine";
import { probeEngine } from "./health";
import { toEngineError } from "./errors";

interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  /** Kept as the engine's digits: nanoseconds since 1970 (~1.7e18) are beyond a double's 2^53. */
  timeNano?: string | number;
  time?: number;
}

export function toEngineEvent(raw: RawEvent): EngineEvent {
  const attributes = raw.Actor?.Attributes ?? {};
  const timeNano = raw.timeNano !== undefined ? String(raw.timeNano) : `${BigInt(Math.trunc(raw.time ?? 0)) * 1_000_000_000n}`;
  return {
    type: raw.Type ?? "",
    action: raw.Action ?? "",
    id: raw.Actor?.ID ?? "",
    name: attributes.name,
    attributes,
    timeNano,
  };
}

// `"timeNano":1700000000123456789` outside any string (a quote inside a JSON string is always escaped).
const TIME_NANO_NUMBER = /(?<!\\)"timeNano"\s*:\s*(\d+)/;

/** One line of the engine's events stream; timeNano is quoted before parsing so no digit is rounded away. */
export function parseEventLine(line: string): EngineEvent {
  return toEngineEvent(JSON.parse(line.replace(TIME_NANO_NUMBER, '"timeNano":"$1"')) as RawEvent);
}

/** Newline-delimited JSON events from `stream`; a malformed line is skipped, never the end of the stream. */
export async function* readEventLines(stream: Readable): AsyncGenerator<EngineEvent> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      if (!line.trim()) continue;
      let event: EngineEvent;
      try {
        event = parseEventLine(line);
      } catch {
        continue;
      }
      yield event;
    }
  } finally {
    lines.close();
    stream.destroy();
  }
}

/**
 * Opens the engine's events stream and calls `onEvent` for each event until the stream ends or `signal` aborts.
 * Resolves when the stream closes, rejects when it cannot be opened. (docker-modem's followProgress would parse it
 * too, but it keeps every object it has seen in an array: a leak for a stream that lives for days.)
 */
export async function followEngineEvents(
  engine: Engine,
  onOpen: () => void | Promise<void>,
  onEvent: (event: EngineEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const stream = (await engine.docker.getEvents({ abortSignal: signal })) as unknown as Readable;
  await onOpen();
  const closed = new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.once("close", resolve);
    stream.once("end", resolve);
  });
  const read = (async () => {
    for await (const event of readEventLines(stream)) onEvent(event);
  })();
  try {
    await Promise.race([closed, read]);
  } finally {
    stream.destroy();
  }
}

// Backoff between reconnect attempts: quick at first so a restarted engine is picked up at once, capped so a host
// without Docker is not hammered.
const BACKOFF_MS = [250, 500, 1000, 2000, 3000];

/**
 * The one events stream of an engine, kept open for as long as Berth runs: reopened with backoff when the engine
 * goes away. It keeps the engine's health and caches current, then emits "event" for the live layer to fan out.
 */
export class EngineEvents extends EventEmitter {
  private stopping?: AbortController;

  constructor(private readonly engine: Engine) {
    super();
  }

  get running(): boolean {
    return this.stopping !== undefined && !this.stopping.signal.aborted;
  }

  start(): void {
    if (this.running) return;
    const stopping = (this.stopping = new AbortController());
    this.engine.health.tracked = true;
    void this.loop(stopping.signal);
  }

  stop(): void {
    this.stopping?.abort();
  }

  private deliver(event: EngineEvent): void {
    const { engine } = this;
    // Berth's helper containers are its own plumbing: no cache, screen or browser hears of them.
    if (engine.helpers.isHelperEvent(event)) return;
    if (event.type === "container" && !event.action.startsWith("exec_")) engine.recentChanges.note(event.id);
    engine.audit.noteEvent(event);
    engine.containers.noteEvent(event);
    engine.diskSummary.noteEvent(event);
    try {
      this.emit("event", event);
    } catch (err) {
      // A listener's bug: logged, and the stream every screen depends on goes on.
      console.error("[berth] an engine event listener failed:", err);
    }
  }

  private async loop(signal: AbortSignal): Promise<void> {
    const { health } = this.engine;
    let attempt = 0;
    while (!signal.aborted) {
      const connection = new AbortController();
      let opened = false;
      const abort = () => connection.abort();
      signal.addEventListener("abort", abort, { once: true });
      try {
        await followEngineEvents(
          this.engine,
          // Healthy only once the stream is open, so nothing that happens after the browsers revalidate on
          // "reachable" can be missed.
          async () => {
            opened = true;
            const probe = await probeEngine(this.engine.docker);
            health.set(probe);
            if (probe.reachable) attempt = 0;
          },
          (event) => this.deliver(event),
          connection.signal,
        );
        if (!signal.aborted) health.set({ reachable: false, message: "the engine closed its events stream" });
      } catch (err) {
        if (!signal.aborted) {
          // A dropped stream says "aborted" or "socket hang up"; the user needs to know the engine went away.
          const failure = toEngineError(err);
          if (failure.code === "internal") console.error("[berth] the engine events stream failed:", err);
          health.set({ reachable: false, message: opened ? "the connection to the engine was lost" : failure.message });
        }
      } finally {
        signal.removeEventListener("abort", abort);
      }
      if (signal.aborted) break;
      await new Promise((r) => setTimeout(r, BACKOFF_MS[Math.min(attempt++, BACKOFF_MS.length - 1)]));
    }
  }
}
