// What only an admin may ask of a new (or recreated) container: anything that reaches past the container into the
// host. Checked on the engine's create body — the HostConfig Berth is about to send — so every way a host path can
// be asked for counts: `Binds` AND `Mounts` (Portainer checked only Binds: CVE-2026-44850), a volume that is a
// bind in disguise (the local driver's `o=bind`/`device=`), devices, capabilities and host namespaces.

export interface HostConfigLike {
  Privileged?: boolean | null;
  NetworkMode?: string | null;
  PidMode?: string | null;
  IpcMode?: string | null;
  UTSMode?: string | null;
  UsernsMode?: string | null;
  Devices?: readonly unknown[] | null;
  DeviceRequests?: readonly unknown[] | null;
  DeviceCgroupRules?: readonly unknown[] | null;
  CapAdd?: readonly string[] | null;
  SecurityOpt?: readonly string[] | null;
  Binds?: readonly string[] | null;
  Mounts?: readonly { Type?: string; Source?: string; VolumeOptions?: { DriverConfig?: { Name?: string; Options?: Record<string, string> } } }[] | null;
  VolumesFrom?: readonly string[] | null;
}

/** A `Binds` entry's source is a host path (not a named volume): absolute, relative, or home-relative. */
function bindSourceIsHostPath(bind: string): string | undefined {
  const source = bind.split(":")[0] ?? "";
  return /^[/.~]/.test(source) || source.includes("/") ? source : undefined;
}

const UNCONFINED = /unconfined|^label[=:]disable$|^no-new-privileges[=:]false$/i;

/**
 * Every privilege `hc` asks for, in words; empty when an operator may create it. (CgroupnsMode "host" is the
 * engine's own default on cgroup v1 hosts, so it is not counted: every container would be an admin's.)
 */
export function privilegedAsks(hc: HostConfigLike | null | undefined): string[] {
  if (!hc) return [];
  const asks: string[] = [];
  if (hc.Privileged) asks.push("privileged mode");
  for (const [key, what] of [
    ["NetworkMode", "the host's network"],
    ["PidMode", "the host's PID namespace"],
    ["IpcMode", "the host's IPC namespace"],
    ["UTSMode", "the host's UTS namespace"],
    ["UsernsMode", "the host's user namespace"],
  ] as const) {
    if ((hc[key] ?? "").toLowerCase() === "host") asks.push(what);
  }
  if (hc.Devices?.length) asks.push("host devices");
  if (hc.DeviceRequests?.length) asks.push("device requests (GPUs)");
  if (hc.DeviceCgroupRules?.length) asks.push("device cgroup rules");
  if (hc.CapAdd?.length) asks.push(`added capabilities (${hc.CapAdd.join(", ")})`);
  for (const opt of hc.SecurityOpt ?? []) if (UNCONFINED.test(opt)) asks.push(`the security option ${opt}`);
  for (const bind of hc.Binds ?? []) {
    const path = bindSourceIsHostPath(bind);
    if (path !== undefined) asks.push(`the host path ${path} (Binds)`);
  }
  for (const m of hc.Mounts ?? []) {
    const type = (m.Type ?? "").toLowerCase();
    if (type === "bind" || type === "npipe") asks.push(`the host path ${m.Source ?? ""} (Mounts)`);
    const opts = m.VolumeOptions?.DriverConfig?.Options ?? {};
    if (type === "volume" && (opts.device !== undefined || /\bbind\b/.test(opts.o ?? ""))) {
      asks.push(`the host path ${opts.device ?? ""} (a volume bound to it, Mounts)`);
    }
  }
  if (hc.VolumesFrom?.length) asks.push("another container's volumes (VolumesFrom)");
  return asks;
}

/** The refusal's message for a non-admin, or undefined when nothing privileged is asked. */
export function createPolicyRefusal(hc: HostConfigLike | null | undefined): string | undefined {
  const asks = privilegedAsks(hc);
  return asks.length ? `Only an admin may create a container with ${asks.join("; ")}` : undefined;
}
