import { projectOf } from "@/lib/shared/stacks/labels";
import type { AuditSubject, HostMount } from "./types";

// Engine inspect JSON → AuditSubject. Loose raw shape (everything optional) as in lib/server/engine/mappers.ts.
// Env VALUES are dropped here, at the first step: nothing after this can leak them.

export interface RawAuditInspect {
  Id?: string;
  Name?: string;
  State?: { Status?: string };
  Config?: { Image?: string; User?: string; Env?: string[] | null; Labels?: Record<string, string> | null };
  HostConfig?: {
    Privileged?: boolean;
    NetworkMode?: string;
    PidMode?: string;
    IpcMode?: string;
    Binds?: string[] | null;
    Mounts?: Array<{ Type?: string; Source?: string; Target?: string; ReadOnly?: boolean }> | null;
    PortBindings?: Record<string, Array<{ HostIp?: string; HostPort?: string }> | null> | null;
    PublishAllPorts?: boolean;
    CapAdd?: string[] | null;
    Memory?: number;
    RestartPolicy?: { Name?: string };
  };
  Mounts?: Array<{ Type?: string; Source?: string; Destination?: string; RW?: boolean }> | null;
  NetworkSettings?: { Ports?: Record<string, Array<{ HostIp?: string; HostPort?: string }> | null> | null };
}

/**
 * "src:dst[:opts]" → a mount. A source without a leading "/" is a named volume. Windows-style "C:\…" sources
 * do not occur on the Linux engines Berth talks to.
 */
export function parseBind(bind: string): HostMount | undefined {
  const parts = bind.split(":");
  if (parts.length < 2) return undefined;
  const [source, destination, opts = ""] = parts as [string, string, string?];
  return {
    source,
    destination,
    type: source.startsWith("/") ? "bind" : "volume",
    readOnly: opts.split(",").includes("ro"),
    origin: "HostConfig.Binds",
  };
}

function toMounts(raw: RawAuditInspect): HostMount[] {
  const binds = (raw.HostConfig?.Binds ?? []).map(parseBind).filter((m): m is HostMount => m !== undefined);
  const hostMounts: HostMount[] = (raw.HostConfig?.Mounts ?? []).map((m) => ({
    source: m.Source ?? "",
    destination: m.Target ?? "",
    type: m.Type ?? "bind",
    readOnly: m.ReadOnly === true,
    origin: "HostConfig.Mounts",
  }));
  const runtime: HostMount[] = (raw.Mounts ?? []).map((m) => ({
    source: m.Source ?? "",
    destination: m.Destination ?? "",
    type: m.Type ?? "bind",
    readOnly: m.RW === false,
    origin: "Mounts",
  }));
  return [...binds, ...hostMounts, ...runtime];
}

type RawPortMap = Record<string, Array<{ HostIp?: string; HostPort?: string }> | null> | null | undefined;

function toPorts(...maps: RawPortMap[]): AuditSubject["ports"] {
  const out: AuditSubject["ports"] = [];
  for (const map of maps) {
    for (const [containerPort, bindings] of Object.entries(map ?? {})) {
      for (const b of bindings ?? []) out.push({ hostIp: b.HostIp ?? "", hostPort: b.HostPort ?? "", containerPort });
    }
  }
  return out;
}

function envName(entry: string): string {
  const i = entry.indexOf("=");
  return i < 0 ? entry : entry.slice(0, i);
}

export function toAuditSubject(raw: RawAuditInspect): AuditSubject {
  const id = raw.Id ?? "";
  const hc = raw.HostConfig ?? {};
  return {
    id,
    name: (raw.Name ?? "").replace(/^\//, "") || id.slice(0, 12),
    image: raw.Config?.Image ?? "",
    state: raw.State?.Status ?? "",
    ...(projectOf(raw.Config?.Labels ?? undefined) ? { project: projectOf(raw.Config?.Labels ?? undefined) } : {}),
    privileged: hc.Privileged === true,
    networkMode: hc.NetworkMode ?? "",
    pidMode: hc.PidMode ?? "",
    ipcMode: hc.IpcMode ?? "",
    mounts: toMounts(raw),
    ports: toPorts(hc.PortBindings, raw.NetworkSettings?.Ports),
    publishAll: hc.PublishAllPorts === true,
    user: raw.Config?.User ?? "",
    capAdd: hc.CapAdd ?? [],
    memory: hc.Memory ?? 0,
    restartPolicy: hc.RestartPolicy?.Name ?? "",
    envNames: (raw.Config?.Env ?? []).map(envName),
  };
}
