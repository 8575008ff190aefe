// Berth's own view of engine objects. Types only: safe to import from client components,
// so the browser never sees raw engine JSON shapes (which change between API versions).

export const CONTAINER_STATES = ["created", "running", "paused", "restarting", "removing", "exited", "dead"] as const;
export type ContainerState = (typeof CONTAINER_STATES)[number];

export interface PortBinding {
  /** Port inside the container. */
  privatePort: number;
  protocol: "tcp" | "udp" | "sctp";
  /** Host address and port when published; absent for exposed-only ports. */
  hostIp?: string;
  hostPort?: number;
}

export interface ContainerSummary {
  id: string;
  name: string;
  image: string;
  imageId: string;
  command: string;
  /** Unix seconds. */
  created: number;
  state: ContainerState;
  /** Engine's human text, e.g. "Up 3 minutes" or "Exited (0) 2 hours ago". */
  status: string;
  ports: PortBinding[];
  labels: Record<string, string>;
  /** Compose project, when the container belongs to one. */
  project?: string;
}

/** Rows of the container list to show anew and ids gone, pushed as `containers:changed`. */
export interface ContainerChange {
  upsert: ContainerSummary[];
  remove: string[];
  /** The server store's revision once this change is applied (see ContainerStore.revision). */
  revision: string;
}

export interface MountInfo {
  type: "bind" | "volume" | "tmpfs" | "npipe" | "cluster" | "image" | string;
  /** Volume name for volumes; host path for binds. */
  source: string;
  destination: string;
  readOnly: boolean;
  name?: string;
}

export interface NetworkAttachment {
  name: string;
  networkId: string;
  ipAddress?: string;
  gateway?: string;
  macAddress?: string;
  aliases: string[];
}

export interface ContainerDetail extends ContainerSummary {
  entrypoint: string[];
  cmd: string[];
  env: string[];
  workingDir: string;
  user: string;
  tty: boolean;
  hostname: string;
  restartPolicy: { name: string; maximumRetryCount: number };
  restartCount: number;
  networkMode: string;
  privileged: boolean;
  mounts: MountInfo[];
  networks: NetworkAttachment[];
  startedAt?: string;
  finishedAt?: string;
  exitCode: number;
  oomKilled: boolean;
  error?: string;
  pid: number;
  health?: string;
}

export interface EngineHealth {
  reachable: boolean;
  /** Where we talk to the engine, e.g. "unix:///var/run/docker.sock". */
  endpoint: string;
  /** Why the engine could not be reached, when it could not. */
  message?: string;
  version?: string;
  apiVersion?: string;
  /** ISO time of the last change of `reachable`. */
  since: string;
}

/** An engine event as Berth pushes it to browsers. */
export interface EngineEvent {
  type: string;
  action: string;
  id: string;
  name?: string;
  attributes: Record<string, string>;
  /** Unix nanoseconds as a string: JSON cannot carry them as numbers. */
  timeNano: string;
}

/** What removing these containers takes with it: each one, its state and (with `-v`) its anonymous volumes. */
export interface RemovalPreviewRow {
  id: string;
  name: string;
  state: string;
  anonymousVolumes: string[];
  /** Named volumes it mounts: kept, but said so the user is not surprised. */
  namedVolumes: string[];
  /** Set when the container could not be inspected (gone already). */
  error?: string;
}

