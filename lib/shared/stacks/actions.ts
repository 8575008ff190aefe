// What can be done to a stack as a whole, and to one service, and which of these need the project's files.

export const PROJECT_ACTIONS = ["up", "down", "start", "stop", "restart", "pull", "recreate"] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

export const SERVICE_ACTIONS = ["scale", "restart"] as const;
export type ServiceAction = (typeof SERVICE_ACTIONS)[number];

/** These work from the engine's labels alone: offered even when the files cannot be read here. */
export const FILELESS_ACTIONS: readonly ProjectAction[] = ["down", "start", "stop", "restart"];

export const ACTION_LABELS: Record<ProjectAction, string> = {
  up: "Up",
  down: "Down",
  start: "Start",
  stop: "Stop",
  restart: "Restart",
  pull: "Pull",
  recreate: "Recreate",
};

/** What goes with `down`: exactly these, by name. */
export interface DownPreview {
  containers: string[];
  networks: string[];
  /** Named volumes of the project, removed only with "also remove volumes". */
  volumes: string[];
}
