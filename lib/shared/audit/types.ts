// The security audit's own view of a container and its verdicts. Types only: the browser imports them.

export type Severity = "high" | "medium" | "low";
export const SEVERITIES: readonly Severity[] = ["high", "medium", "low"];

export const CHECK_IDS = [
  "privileged",
  "host-network",
  "host-pid",
  "host-ipc",
  "docker-socket",
  "sensitive-mount",
  "public-port",
  "unpinned-image",
  "root-user",
  "added-capabilities",
  "no-memory-limit",
  "no-restart-policy",
  "secret-env",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** A host path mounted into the container, from whichever of the three places the engine keeps it. */
export interface HostMount {
  /** Host path (binds) or volume name (volumes). */
  source: string;
  destination: string;
  type: string;
  readOnly: boolean;
  /** Where we read it: the engine accepts mounts in two shapes and reports the result in a third. */
  origin: "HostConfig.Binds" | "HostConfig.Mounts" | "Mounts";
}

/** What the rules look at: mapped from inspect, with env NAMES only (values never enter the audit). */
export interface AuditSubject {
  id: string;
  name: string;
  /** The reference the container was created from (Config.Image), e.g. "nginx:latest" or an image id. */
  image: string;
  state: string;
  /** The Compose project it belongs to, when its labels name one. */
  project?: string;
  privileged: boolean;
  networkMode: string;
  pidMode: string;
  ipcMode: string;
  mounts: HostMount[];
  /** Published ports: from HostConfig.PortBindings and, when running, NetworkSettings.Ports. */
  ports: { hostIp: string; hostPort: string; containerPort: string }[];
  publishAll: boolean;
  user: string;
  capAdd: string[];
  /** Bytes; 0 = no limit. */
  memory: number;
  restartPolicy: string;
  envNames: string[];
}

export interface Finding {
  /** The check's id; one finding per check per container, the offending items in `evidence`. */
  id: CheckId;
  severity: Severity;
  title: string;
  why: string;
  fix: string;
  evidence: string[];
}

export type SeverityCounts = Record<Severity, number>;

export interface ContainerAudit {
  id: string;
  name: string;
  image: string;
  state: string;
  /** The Compose project it belongs to: the screen groups findings by it. */
  project?: string;
  findings: Finding[];
  counts: SeverityCounts;
  /** The worst severity found, or undefined when the container is clean. */
  highest?: Severity;
}

export interface SecurityReport {
  containers: ContainerAudit[];
  /** Findings by severity over every container. */
  counts: SeverityCounts;
  /** Containers with at least one finding. */
  affected: number;
}

/** Per container, just what a badge shows: at 1 000 containers this is a few KiB where the report is 1.5 MiB. */
export interface SecuritySummary {
  containers: { id: string; findings: number; highest?: Severity }[];
}

/** What Isolate would do to one container, shown in its confirmation dialog. */
export interface IsolatePlan {
  id: string;
  name: string;
  networkMode: string;
  /** The networks the container would be disconnected from. */
  disconnect: string[];
  /** The new user-defined bridge it would be moved onto. */
  network: string;
  /** Why it cannot be isolated, when it cannot. */
  refusal?: string;
}

export interface IsolateResult {
  network: { id: string; name: string };
  disconnected: string[];
}

/** Container actions that can change an audit (config, name, state, existence): the server re-inspects on them. */
export const AUDIT_REFRESH_ACTIONS: readonly string[] = ["create", "start", "update", "rename", "destroy", "die", "stop", "restart"];

/** The SWR key (and URL) of the whole report; the list's badges read it too. */
export const SECURITY_KEY = "/api/security";
/** Under SECURITY_KEY, so the same events revalidate it. */
export const SECURITY_SUMMARY_KEY = "/api/security?summary=1";
