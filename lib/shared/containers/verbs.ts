import type { ContainerState } from "@/lib/shared/types/engine";

// The lifecycle verbs a user can apply from the list or the detail pane. One table serves the buttons
// (disabled when the verb does not fit) and the API (409 before the engine is even asked).
export const CONTAINER_VERBS = ["start", "stop", "restart", "pause", "unpause", "kill"] as const;
export type ContainerVerb = (typeof CONTAINER_VERBS)[number];

const APPLIES: Record<ContainerVerb, readonly ContainerState[]> = {
  start: ["created", "exited"],
  // The engine stops and kills paused containers too (it unpauses them first).
  stop: ["running", "restarting", "paused"],
  restart: ["running", "exited", "created", "restarting"],
  pause: ["running"],
  unpause: ["paused"],
  kill: ["running", "restarting", "paused"],
};

export function verbApplies(verb: ContainerVerb, state: ContainerState): boolean {
  return APPLIES[verb].includes(state);
}

/** Why a verb cannot be applied, in words for a 409 or a tooltip. */
export function verbConflict(verb: ContainerVerb, state: ContainerState): string | undefined {
  if (verbApplies(verb, state)) return undefined;
  return `Cannot ${verb} a container that is ${state}`;
}

/** Removing a running (or paused/restarting) container needs force, as with `docker rm -f`. */
export function removeNeedsForce(state: ContainerState): boolean {
  return state === "running" || state === "paused" || state === "restarting";
}

export const VERB_LABELS: Record<ContainerVerb | "remove", string> = {
  start: "Start",
  stop: "Stop",
  restart: "Restart",
  pause: "Pause",
  unpause: "Unpause",
  kill: "Kill",
  remove: "Remove",
};
