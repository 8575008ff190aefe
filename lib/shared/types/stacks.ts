// Compose stacks as Berth shows them (types only, for the browser too).
import type { ContainerState, PortBinding } from "./engine";

/** Which Compose CLI Berth runs. */
export interface ComposeInfo {
  kind: "plugin" | "standalone";
  /** How a user would type it: "docker compose" or "docker-compose". */
  command: string;
  version: string;
}

/** The System screen's Compose line: the CLI in use, or why stacks are read-only and how to fix it. */
export interface ComposeStatus {
  cli: ComposeInfo | null;
  /** When there is no CLI: how to install one. */
  installHint?: string;
}

export interface StackContainer {
  id: string;
  name: string;
  state: ContainerState;
  status: string;
  ports: PortBinding[];
  /** `docker compose run`'s containers: shown, not counted as the service's replicas. */
  oneoff: boolean;
}

export interface StackService {
  name: string;
  image: string;
  containers: StackContainer[];
  /** Replicas running and in all (one-off containers left out). */
  running: number;
  total: number;
}

/** A Compose project as the engine's labels tell it, wherever it was started. */
export interface StackSummary {
  name: string;
  /** `com.docker.compose.project.working_dir` as the containers say (absent for a stack with none yet). */
  workingDir?: string;
  /** `com.docker.compose.project.config_files`, absolute. */
  configFiles: string[];
  services: StackService[];
  running: number;
  total: number;
  networks: string[];
  volumes: string[];
  /** Kept by Berth under its data dir (created from the New stack form): its files are Berth's to edit. */
  managed: boolean;
}

export interface StackDetail extends StackSummary {
  /** Whether every config file named by the labels can be read here (false: another machine, or removed). */
  filesReadable: boolean;
  /** Whether a Compose CLI is there to act on it. */
  compose: ComposeStatus;
}

/** The project's compose files as the browser sees them; `.env` by variable names only (values never sent). */
export interface StackFiles {
  readable: boolean;
  /** Why not, when not readable. */
  reason?: string;
  files: Array<{ path: string; content: string }>;
  env?: { path: string; keys: string[] };
}
