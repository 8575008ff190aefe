import "server-only";
import { docker } from "./client";
import { rawDiskUsage } from "./system";
import { EngineError, toEngineError } from "./errors";
import { containerName, listRawContainers, type RawContainerRef } from "./raw-container-refs";
import type { VolumeDetail, VolumeInfo, VolumeUser } from "@/lib/shared/types/volumes";

interface RawVolume {
  Name?: string;
  Driver?: string;
  Mountpoint?: string;
  CreatedAt?: string;
  Scope?: string;
  Labels?: Record<string, string> | null;
  Options?: Record<string, string> | null;
  UsageData?: { Size?: number; RefCount?: number } | null;
}

function usersByVolume(containers: RawContainerRef[]): Map<string, VolumeUser[]> {
  const users = new Map<string, VolumeUser[]>();
  for (const c of containers) {
    for (const m of c.Mounts ?? []) {
      if (m.Type !== "volume" || !m.Name) continue;
      const list = users.get(m.Name) ?? [];
      list.push({ id: c.Id, name: containerName(c), state: c.State ?? "", destination: m.Destination ?? "", readOnly: m.RW === false });
      users.set(m.Name, list);
    }
  }
  for (const list of users.values()) list.sort((a, b) => a.name.localeCompare(b.name));
  return users;
}

function toInfo(v: RawVolume, users: Map<string, VolumeUser[]>, sizes?: Map<string, number>): VolumeInfo {
  const name = v.Name ?? "";
  const size = sizes?.get(name);
  return {
    name,
    driver: v.Driver ?? "",
    mountpoint: v.Mountpoint ?? "",
    createdAt: v.CreatedAt || undefined,
    scope: v.Scope ?? "local",
    labels: v.Labels ?? {},
    options: v.Options ?? {},
    size: size !== undefined && size >= 0 ? size : undefined,
    users: users.get(name) ?? [],
  };
}

/** `docker system df -v` volume sizes: the engine walks every volume, so only on request. */
async function volumeSizes(): Promise<Map<string, number>> {
  const df = (await rawDiskUsage()) as { Volumes?: RawVolume[] | null };
  return new Map((df.Volumes ?? []).map((v) => [v.Name ?? "", v.UsageData?.Size ?? -1]));
}

/** `docker volume ls`, by name, with the containers using each (and sizes when asked). */
export async function listVolumes(opts: { sizes?: boolean } = {}): Promise<VolumeInfo[]> {
  try {
    const [raw, containers, sizes] = await Promise.all([
      docker().listVolumes() as Promise<{ Volumes?: RawVolume[] | null }>,
      listRawContainers(),
      opts.sizes ? volumeSizes() : Promise.resolve(undefined),
    ]);
    const users = usersByVolume(containers);
    return (raw.Volumes ?? []).map((v) => toInfo(v, users, sizes)).sort((a, b) => a.name.localeCompare(b.name));
  } catch (err) {
    throw toEngineError(err);
  }
}

async function usersOf(name: string): Promise<VolumeUser[]> {
  return usersByVolume(await listRawContainers()).get(name) ?? [];
}

/** `docker volume inspect`, plus who uses it. */
export async function inspectVolume(name: string): Promise<VolumeDetail> {
  try {
    const [raw, users] = await Promise.all([docker().getVolume(name).inspect() as Promise<RawVolume>, usersOf(name)]);
    return { ...toInfo(raw, new Map([[raw.Name ?? name, users]])), raw: raw as Record<string, unknown> };
  } catch (err) {
    throw toEngineError(err);
  }
}

export async function createVolume(input: {
  name: string;
  driver: string;
  options: Record<string, string>;
  labels: Record<string, string>;
}): Promise<VolumeDetail> {
  try {
    // The engine answers an existing name with that volume rather than an error: refuse it ourselves.
    const exists = await docker()
      .getVolume(input.name)
      .inspect()
      .then(() => true)
      .catch((err: { statusCode?: number }) => {
        if (err?.statusCode === 404) return false;
        throw err;
      });
    if (exists) throw new EngineError(409, "conflict", `A volume named "${input.name}" already exists`);
    await docker().createVolume({ Name: input.name, Driver: input.driver, DriverOpts: input.options, Labels: input.labels });
  } catch (err) {
    throw toEngineError(err);
  }
  return inspectVolume(input.name);
}

function inUse(name: string, users: VolumeUser[]): EngineError {
  const list = users.map((u) => `${u.name} (${u.state})`).join(", ");
  return new EngineError(409, "volume_in_use", `Volume ${name} is in use by ${users.length === 1 ? "container" : "containers"} ${list}: remove ${users.length === 1 ? "it" : "them"} first`);
}

/** `docker volume rm`, refused while any container (running or not) mounts it. */
export async function removeVolume(name: string): Promise<void> {
  try {
    const users = await usersOf(name);
    if (users.length) throw inUse(name, users);
    await docker().getVolume(name).remove();
  } catch (err) {
    const e = err as { statusCode?: number };
    // A container created between our check and the engine's: name it too.
    if (e?.statusCode === 409) {
      const users = await usersOf(name).catch(() => []);
      if (users.length) throw inUse(name, users);
    }
    throw toEngineError(err);
  }
}
