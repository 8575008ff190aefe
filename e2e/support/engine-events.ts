import { dockerCli } from "./docker-cli";

// What the engine itself recorded, read through the docker CLI (not through Berth): the proof that a
// refused request made the engine do nothing.

export interface EngineEventRecord {
  Type: string;
  Action: string;
  Actor: { ID: string; Attributes?: Record<string, string> };
  timeNano: number;
}

function unixSeconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** Every event the engine emitted between the two times (ms since the epoch), unfiltered. */
export function engineEventsBetween(sinceMs: number, untilMs: number): EngineEventRecord[] {
  if (untilMs > Date.now()) throw new Error("engineEventsBetween: `until` is in the future; the CLI would wait for it");
  const out = dockerCli("events", "--since", unixSeconds(sinceMs), "--until", unixSeconds(untilMs), "--format", "{{json .}}");
  return out
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EngineEventRecord);
}

/** One line per event, for a failure message that says what happened. */
export function describeEvents(events: EngineEventRecord[]): string[] {
  return events.map((e) => `${e.Type} ${e.Action} ${e.Actor.Attributes?.name ?? e.Actor.ID}`);
}
