import "server-only";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { docker } from "./client";
import type { EngineEvent } from "@/lib/shared/types/engine";

interface RawEvent {
  Type?: string;
  Action?: string;
  Actor?: { ID?: string; Attributes?: Record<string, string> };
  timeNano?: number;
  time?: number;
}

export function toEngineEvent(raw: RawEvent): EngineEvent {
  const attributes = raw.Actor?.Attributes ?? {};
  return {
    type: raw.Type ?? "",
    action: raw.Action ?? "",
    id: raw.Actor?.ID ?? "",
    name: attributes.name,
    attributes,
    timeNano: String(raw.timeNano ?? (raw.time ?? 0) * 1e9),
  };
}

/**
 * Opens the engine's events stream and calls `onEvent` for each event until the stream ends or
 * `signal` aborts. Resolves when the stream closes, rejects when it cannot be opened.
 * The stream is newline-delimited JSON; docker-modem's followProgress would parse it too, but it keeps
 * every object it has seen in an array, which for a stream that lives for days is a leak.
 */
export async function followEngineEvents(
  onOpen: () => void | Promise<void>,
  onEvent: (event: EngineEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  const stream = (await docker().getEvents({ abortSignal: signal })) as unknown as Readable;
  await onOpen();
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  const closed = new Promise<void>((resolve, reject) => {
    stream.once("error", reject);
    stream.once("close", resolve);
    stream.once("end", resolve);
  });
  const read = (async () => {
    for await (const line of lines) {
      if (!line.trim()) continue;
      try {
        onEvent(toEngineEvent(JSON.parse(line) as RawEvent));
      } catch {
        // One malformed line must not end the stream every screen depends on.
      }
    }
  })();
  try {
    await Promise.race([closed, read]);
  } finally {
    lines.close();
    stream.destroy();
  }
}
