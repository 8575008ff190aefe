// Types shared by the create / settings features and their API. Types only: client code imports them.

export interface ImageSummary {
  id: string;
  /** "repo:tag" references; empty for a dangling image. */
  tags: string[];
  /** Bytes. */
  size: number;
  /** Unix seconds. */
  created: number;
}

export interface NetworkSummary {
  id: string;
  name: string;
  driver: string;
  scope: string;
}

export interface VolumeSummary {
  name: string;
  driver: string;
  mountpoint: string;
}

/** One line of "what recreating would change": `null` means absent on that side. */
export interface ConfigDiffRow {
  path: string;
  before: string | null;
  after: string | null;
}

/** The Settings tab's editable view of a container (what `recreate` can change), as form text. */
export interface RecreatableSettings {
  command: string;
  entrypoint: string;
  env: { key: string; value: string }[];
  ports: { hostIp: string; hostPort: string; containerPort: string; protocol: "tcp" | "udp" }[];
  mounts: { type: "bind" | "volume"; source: string; target: string; readOnly: boolean }[];
}

/** In-place settings as the engine holds them (inspect's HostConfig). */
export interface InPlaceSettings {
  restartPolicy: { name: string; maximumRetryCount: number };
  /** Bytes; 0 = no limit. */
  memory: number;
  /** CPUs (NanoCpus / 1e9); 0 = no limit. */
  cpus: number;
  autoRemove: boolean;
}

export interface ContainerSettings {
  inPlace: InPlaceSettings;
  recreatable: RecreatableSettings;
}
