import "server-only";
import { joinArgv } from "@/lib/shared/argv";
import {
  CONTAINER_STATES,
  type ContainerDetail,
  type ContainerState,
  type ContainerSummary,
  type MountInfo,
  type NetworkAttachment,
  type PortBinding,
} from "@/lib/shared/types/engine";
import type { Engine } from "./engine";

// Engine JSON → Berth types. Raw shapes are declared loosely (everything optional) because the
// engine omits fields freely across API versions; the mappers decide the defaults in one place.

export interface RawPort {
  IP?: string;
  PrivatePort?: number;
  PublicPort?: number;
  Type?: string;
}

export interface RawContainerSummary {
  Id?: string;
  Names?: string[];
  Image?: string;
  ImageID?: string;
  Command?: string;
  Created?: number;
  Ports?: RawPort[];
  Labels?: Record<string, string> | null;
  State?: string;
  Status?: string;
}

export interface RawContainerInspect {
  Id?: string;
  Name?: string;
  Created?: string;
  Path?: string;
  Args?: string[];
  Image?: string;
  RestartCount?: number;
  State?: {
    Status?: string;
    Pid?: number;
    ExitCode?: number;
    OOMKilled?: boolean;
    Error?: string;
    StartedAt?: string;
    FinishedAt?: string;
    Health?: { Status?: string };
  };
  Config?: {
    Image?: string;
    Entrypoint?: string[] | string | null;
    Cmd?: string[] | string | null;
    Env?: string[] | null;
    WorkingDir?: string;
    User?: string;
    Tty?: boolean;
    Hostname?: string;
    Labels?: Record<string, string> | null;
    ExposedPorts?: Record<string, unknown> | null;
  };
  HostConfig?: {
    RestartPolicy?: { Name?: string; MaximumRetryCount?: number };
    NetworkMode?: string;
    Privileged?: boolean;
  };
  Mounts?: Array<{ Type?: string; Name?: string; Source?: string; Destination?: string; RW?: boolean }>;
  NetworkSettings?: {
    Ports?: Record<string, Array<{ HostIp?: string; HostPort?: string }> | null> | null;
    Networks?: Record<
      string,
      { NetworkID?: string; IPAddress?: string; Gateway?: string; MacAddress?: string; Aliases?: string[] | null }
    > | null;
  };
}

const ZERO_TIME = "0001-01-01T00:00:00Z";

export function toContainerState(raw: string | undefined): ContainerState {
  const s = (raw ?? "").toLowerCase();
  return (CONTAINER_STATES as readonly string[]).includes(s) ? (s as ContainerState) : "dead";
}

function toProtocol(raw: string | undefined): PortBinding["protocol"] {
  return raw === "udp" || raw === "sctp" ? raw : "tcp";
}

/** The engine lists a port once per published address family; identical rows are folded. */
function uniquePorts(ports: PortBinding[]): PortBinding[] {
  const seen = new Set<string>();
  return ports
    .filter((p) => {
      const key = `${p.hostIp ?? ""}|${p.hostPort ?? ""}|${p.privatePort}|${p.protocol}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.privatePort - b.privatePort || (a.hostPort ?? 0) - (b.hostPort ?? 0));
}

function composeProject(labels: Record<string, string>): string | undefined {
  return labels["com.docker.compose.project"] || undefined;
}

/** "/web" → "web". Links add names like "/other/alias"; the container's own name has one slash. */
function primaryName(names: string[] | undefined, id: string): string {
  const own = names?.find((n) => n.lastIndexOf("/") === 0) ?? names?.[0];
  return own ? own.replace(/^\//, "") : id.slice(0, 12);
}

export function toContainerSummary(raw: RawContainerSummary): ContainerSummary {
  const id = raw.Id ?? "";
  const labels = raw.Labels ?? {};
  return {
    id,
    name: primaryName(raw.Names, id),
    image: raw.Image ?? "",
    imageId: raw.ImageID ?? "",
    command: raw.Command ?? "",
    created: raw.Created ?? 0,
    state: toContainerState(raw.State),
    status: raw.Status ?? "",
    ports: uniquePorts(
      (raw.Ports ?? []).map((p) => ({
        privatePort: p.PrivatePort ?? 0,
        protocol: toProtocol(p.Type),
        ...(p.PublicPort ? { hostIp: p.IP ?? "", hostPort: p.PublicPort } : {}),
      })),
    ),
    labels,
    project: composeProject(labels),
  };
}

function toArgv(v: string[] | string | null | undefined): string[] {
  if (v == null) return [];
  return Array.isArray(v) ? v : [v];
}

function inspectPorts(raw: RawContainerInspect): PortBinding[] {
  const out: PortBinding[] = [];
  const published = raw.NetworkSettings?.Ports ?? {};
  const keys = new Set([...Object.keys(raw.Config?.ExposedPorts ?? {}), ...Object.keys(published)]);
  for (const key of keys) {
    const [port, proto] = key.split("/");
    const privatePort = Number.parseInt(port ?? "", 10);
    if (!Number.isFinite(privatePort)) continue;
    const bindings = published[key];
    if (!bindings || bindings.length === 0) {
      out.push({ privatePort, protocol: toProtocol(proto) });
      continue;
    }
    for (const b of bindings) {
      const hostPort = Number.parseInt(b.HostPort ?? "", 10);
      out.push({
        privatePort,
        protocol: toProtocol(proto),
        ...(Number.isFinite(hostPort) ? { hostIp: b.HostIp ?? "", hostPort } : {}),
      });
    }
  }
  return uniquePorts(out);
}

function toMounts(raw: RawContainerInspect): MountInfo[] {
  return (raw.Mounts ?? []).map((m) => ({
    type: m.Type ?? "bind",
    source: m.Type === "volume" && m.Name ? m.Name : (m.Source ?? ""),
    destination: m.Destination ?? "",
    readOnly: m.RW === false,
    ...(m.Name ? { name: m.Name } : {}),
  }));
}

function toNetworks(raw: RawContainerInspect): NetworkAttachment[] {
  return Object.entries(raw.NetworkSettings?.Networks ?? {})
    .map(([name, n]) => ({
      name,
      networkId: n.NetworkID ?? "",
      ipAddress: n.IPAddress || undefined,
      gateway: n.Gateway || undefined,
      macAddress: n.MacAddress || undefined,
      aliases: n.Aliases ?? [],
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function realTime(t: string | undefined): string | undefined {
  return t && t !== ZERO_TIME ? t : undefined;
}

/** Like the engine's `HumanDuration`: "Less than a second", "3 minutes", "About an hour", "2 days". */
export function humanDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 1) return "Less than a second";
  if (s === 1) return "1 second";
  if (s < 60) return `${s} seconds`;
  const m = Math.round(s / 60);
  if (m === 1) return "About a minute";
  if (m < 60) return `${m} minutes`;
  const h = Math.round(s / 3600);
  if (h === 1) return "About an hour";
  if (h < 48) return `${h} hours`;
  if (h < 24 * 7 * 2) return `${Math.round(h / 24)} days`;
  if (h < 24 * 30 * 2) return `${Math.round(h / 24 / 7)} weeks`;
  if (h < 24 * 365 * 2) return `${Math.round(h / 24 / 30)} months`;
  return `${Math.round(h / 24 / 365)} years`;
}

/** Inspect has no status line; derive the one `docker ps` would print. */
export function statusText(raw: RawContainerInspect, now = Date.now()): string {
  const st = raw.State ?? {};
  const state = toContainerState(st.Status);
  const since = (t: string | undefined) => humanDuration(now - Date.parse(realTime(t) ?? new Date(now).toISOString()));
  switch (state) {
    case "running":
      return `Up ${since(st.StartedAt)}${st.Health?.Status ? ` (${st.Health.Status})` : ""}`;
    case "paused":
      return `Up ${since(st.StartedAt)} (Paused)`;
    case "restarting":
      return `Restarting (${st.ExitCode ?? 0}) ${since(st.FinishedAt)} ago`;
    case "exited":
      return realTime(st.FinishedAt) ? `Exited (${st.ExitCode ?? 0}) ${since(st.FinishedAt)} ago` : "Exited";
    case "created":
      return "Created";
    case "removing":
      return "Removal In Progress";
    case "dead":
      return "Dead";
  }
}

export function toContainerDetail(raw: RawContainerInspect, now = Date.now()): ContainerDetail {
  const id = raw.Id ?? "";
  const labels = raw.Config?.Labels ?? {};
  const entrypoint = toArgv(raw.Config?.Entrypoint);
  const cmd = toArgv(raw.Config?.Cmd);
  const st = raw.State ?? {};
  return {
    id,
    name: primaryName(raw.Name ? [raw.Name] : undefined, id),
    image: raw.Config?.Image ?? "",
    imageId: raw.Image ?? "",
    command: joinArgv([raw.Path ?? "", ...(raw.Args ?? [])].filter(Boolean)),
    created: raw.Created ? Math.floor(Date.parse(raw.Created) / 1000) : 0,
    state: toContainerState(st.Status),
    status: statusText(raw, now),
    ports: inspectPorts(raw),
    labels,
    project: composeProject(labels),
    entrypoint,
    cmd,
    env: raw.Config?.Env ?? [],
    workingDir: raw.Config?.WorkingDir ?? "",
    user: raw.Config?.User ?? "",
    tty: raw.Config?.Tty ?? false,
    hostname: raw.Config?.Hostname ?? "",
    restartPolicy: {
      name: raw.HostConfig?.RestartPolicy?.Name || "no",
      maximumRetryCount: raw.HostConfig?.RestartPolicy?.MaximumRetryCount ?? 0,
    },
    restartCount: raw.RestartCount ?? 0,
    networkMode: raw.HostConfig?.NetworkMode ?? "",
    privileged: raw.HostConfig?.Privileged ?? false,
    mounts: toMounts(raw),
    networks: toNetworks(raw),
    startedAt: realTime(st.StartedAt),
    finishedAt: realTime(st.FinishedAt),
    exitCode: st.ExitCode ?? 0,
    oomKilled: st.OOMKilled ?? false,
    error: st.Error || undefined,
    pid: st.Pid ?? 0,
    health: st.Health?.Status || undefined,
  };
}
