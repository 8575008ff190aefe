import "server-only";
import { createVolumeCall } from "./create-call";
import { containerName, listRawContainers, type RawContainerRef } from "./raw-container-refs";
import type { VolumeDetail, VolumeInfo, VolumeUser } from "@/lib/shared/types/volumes";
import { toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

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
async function volumeSizes(engine: Engine): Promise<Map<string, number>> {
  const df = (await engine.diskUsage.read()) as { Volumes?: RawVolume[] | null };
  return new Map((df.Volumes ?? []).map((v) => [v.Name ?? "", v.UsageData?.Size ?? -1]));
}

/** `docker volume ls`, by name, with the containers using each (and sizes when asked). */
export async function listVolumes(engine: Engine, opts: { sizes?: boolean } = {}): Promise<VolumeInfo[]> {
  try {
    const [raw, containers, sizes] = await Promise.all([
      engine.docker.listVolumes() as Promise<{ Volumes?: RawVolume[] | null }>,
      listRawContainers(engine),
      opts.sizes ? volumeSizes(engine) : Promise.resolve(undefined),
    ]);
    const users = usersByVolume(containers);
    return (raw.Volumes ?? []).map((v) => toInfo(v, users, sizes)).sort((a, b) => a.name.localeCompare(b.name));
  } catch (err) {
    throw toEngineError(err);
  }
}

async function usersOf(engine: Engine, name: string): Promise<VolumeUser[]> {
  return usersByVolume(await listRawContainers(engine)).get(name) ?? [];
}

/** `docker volume inspect`, plus who uses it. */
export async function inspectVolume(engine: Engine, name: string): Promise<VolumeDetail> {
  try {
    const [raw, users] = await Promise.all([engine.docker.getVolume(name).inspect() as Promise<RawVolume>, usersOf(engine, name)]);
    return { ...toInfo(raw, new Map([[raw.Name ?? name, users]])), raw: raw as Record<string, unknown> };
  } catch (err) {
    throw toEngineError(err);
  }
}

export async function createVolume(engine: Engine, input: {
  name: string;
  driver: string;
  options: Record<string, string>;
  labels: Record<string, string>;
}): Promise<VolumeDetail> {
  try {
    // The engine answers an existing name with that volume rather than an error: refuse it ourselves.
    const exists = await engine.docker
      .getVolume(input.name)
      .inspect()
      .then(() => true)
      .catch((err: { statusCode?: number }) => {
        if (err?.statusCode === 404) return false;
        throw err;
      });
    if (exists) throw new ApiError("conflict", `A volume named "${input.name}" already exists`);
    await createVolumeCall(engine, { Name: input.name, Driver: input.driver, DriverOpts: input.options, Labels: input.labels });
  } catch (err) {
    throw toEngineError(err);
  }
  return inspectVolume(engine, input.name);
}

function inUse(name: string, users: VolumeUser[]): ApiError {
  const list = users.map((u) => `${u.name} (${u.state})`).join(", ");
  return new ApiError("volume_in_use", `Volume ${name} is in use by ${users.length === 1 ? "container" : "containers"} ${list}: remove ${users.length === 1 ? "it" : "them"} first`);
}

/** `docker volume rm`, refused while any container (running or not) mounts it. */
export async function removeVolume(engine: Engine, name: string): Promise<void> {
  try {
    const users = await usersOf(engine, name);
    if (users.length) throw inUse(name, users);
    // A browse session's helper holds the volume too: it ends first.
    await engine.volumeBrowse.release({ volume: name });
    await engine.docker.getVolume(name).remove();
  } catch (err) {
    const e = err as { statusCode?: number };
    // A container created between our check and the engine's: name it too.
    if (e?.statusCode === 409) {
      const users = await usersOf(engine, name).catch(() => []);
      if (users.length) throw inUse(name, users);
    }
    throw toEngineError(err);
  }
}
