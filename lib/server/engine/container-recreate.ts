import "server-only";
import { createContainerCall } from "./create-call";
import { randomBytes } from "node:crypto";
import type Docker from "dockerode";
import { type RecreateChanges } from "@/lib/shared/schemas/container-config";
import { joinArgv, splitArgv } from "@/lib/shared/argv";
import { inspectContainer } from "./containers";
import { refuseUnlessAllowed, toMounts, toPortBindings, type CreateAccess } from "./container-create";
import type { HostConfigLike } from "@/lib/shared/auth/create-policy";
import type { ConfigDiffRow, ContainerSettings, RecreatableSettings } from "@/lib/shared/types/container-config";
import type { ContainerDetail } from "@/lib/shared/types/engine";
import { toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

// Changes the engine cannot make in place (env, ports, mounts, command) need a new container. Kitematic
// rebuilt it from a partial view and lost CMD and mounts; here the new one starts from the old one's
// FULL inspect (Config + HostConfig + networks) and only the keys the user changed are replaced.

type Endpoint = { Aliases?: string[] | null; IPAMConfig?: unknown; Links?: string[] | null; DriverOpts?: unknown; MacAddress?: string };

export interface RawFullInspect {
  Id: string;
  Name?: string;
  Image?: string;
  State?: { Running?: boolean; Paused?: boolean; Restarting?: boolean };
  Config?: Record<string, unknown> & {
    Image?: string;
    Hostname?: string;
    Env?: string[] | null;
    Cmd?: string[] | string | null;
    Entrypoint?: string[] | string | null;
    ExposedPorts?: Record<string, object> | null;
  };
  HostConfig?: Record<string, unknown> & {
    NetworkMode?: string;
    AutoRemove?: boolean;
    Binds?: string[] | null;
    Mounts?: Array<{ Target?: string; Type?: string; Source?: string; ReadOnly?: boolean }> | null;
    PortBindings?: Record<string, Array<{ HostIp?: string; HostPort?: string }> | null> | null;
    RestartPolicy?: { Name?: string; MaximumRetryCount?: number };
    Memory?: number;
    NanoCpus?: number;
  };
  Mounts?: Array<{ Type?: string; Name?: string; Source?: string; Destination?: string; RW?: boolean }>;
  NetworkSettings?: { Networks?: Record<string, Endpoint> | null };
}

function argv(v: string[] | string | null | undefined): string[] {
  if (v == null) return [];
  return Array.isArray(v) ? v : [v];
}

function splitEnv(line: string): { key: string; value: string } {
  const eq = line.indexOf("=");
  return eq < 0 ? { key: line, value: "" } : { key: line.slice(0, eq), value: line.slice(eq + 1) };
}

/** The Settings tab's editable view of the container, read from its full inspect. */
export function settingsFromInspect(raw: RawFullInspect): ContainerSettings {
  const hc = raw.HostConfig ?? {};
  const ports: RecreatableSettings["ports"] = [];
  for (const [key, bindings] of Object.entries(hc.PortBindings ?? {})) {
    const [port, proto] = key.split("/");
    for (const b of bindings ?? [{}]) {
      ports.push({ hostIp: b.HostIp ?? "", hostPort: b.HostPort ?? "", containerPort: port ?? "", protocol: proto === "udp" ? "udp" : "tcp" });
    }
  }
  const mounts: RecreatableSettings["mounts"] = (raw.Mounts ?? [])
    .filter((m) => m.Type === "bind" || m.Type === "volume")
    .map((m) => ({
      type: m.Type as "bind" | "volume",
      source: m.Type === "volume" ? (m.Name ?? "") : (m.Source ?? ""),
      target: m.Destination ?? "",
      readOnly: m.RW === false,
    }));
  return {
    inPlace: {
      restartPolicy: { name: hc.RestartPolicy?.Name || "no", maximumRetryCount: hc.RestartPolicy?.MaximumRetryCount ?? 0 },
      memory: hc.Memory ?? 0,
      cpus: (hc.NanoCpus ?? 0) / 1e9,
      autoRemove: hc.AutoRemove ?? false,
    },
    recreatable: {
      command: joinArgv(argv(raw.Config?.Cmd)),
      entrypoint: joinArgv(argv(raw.Config?.Entrypoint)),
      env: (raw.Config?.Env ?? []).map(splitEnv),
      ports,
      mounts,
    },
  };
}

/** The recreatable view after applying `changes` (the keys given replace the old values). */
export function applyChanges(before: RecreatableSettings, changes: RecreateChanges): RecreatableSettings {
  return {
    command: changes.command ?? before.command,
    entrypoint: changes.entrypoint ?? before.entrypoint,
    env: changes.env ? changes.env.filter((r) => r.key) : before.env,
    ports: changes.ports
      ? changes.ports.map((p) => ({ hostIp: p.hostIp ?? "", hostPort: p.hostPort ? String(p.hostPort) : "", containerPort: String(p.containerPort), protocol: p.protocol }))
      : before.ports,
    mounts: changes.mounts ?? before.mounts,
  };
}

function portText(p: RecreatableSettings["ports"][number]): string {
  const host = p.hostPort ? `${p.hostIp ? `${p.hostIp}:` : ""}${p.hostPort}` : `${p.hostIp ? `${p.hostIp}:` : ""}(random)`;
  return `${host} → ${p.containerPort}/${p.protocol}`;
}

function mountText(m: RecreatableSettings["mounts"][number]): string {
  return `${m.type} ${m.source}${m.readOnly ? " (read-only)" : ""}`;
}

function diffMaps(prefix: string, a: Map<string, string>, b: Map<string, string>): ConfigDiffRow[] {
  const rows: ConfigDiffRow[] = [];
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const before = a.get(key) ?? null;
    const after = b.get(key) ?? null;
    if (before !== after) rows.push({ path: `${prefix}.${key}`, before, after });
  }
  return rows;
}

const group = <T,>(items: T[], key: (t: T) => string, text: (t: T) => string) => {
  const m = new Map<string, string>();
  for (const it of items) m.set(key(it), m.has(key(it)) ? `${m.get(key(it))}, ${text(it)}` : text(it));
  return m;
};

/** Old vs new configuration, one row per changed value (what the user reviews before recreating). */
export function diffSettings(before: RecreatableSettings, after: RecreatableSettings): ConfigDiffRow[] {
  const rows: ConfigDiffRow[] = [];
  const orNull = (s: string) => (s === "" ? null : s);
  if (before.command !== after.command) rows.push({ path: "command", before: orNull(before.command), after: orNull(after.command) });
  if (before.entrypoint !== after.entrypoint) rows.push({ path: "entrypoint", before: orNull(before.entrypoint), after: orNull(after.entrypoint) });
  rows.push(...diffMaps("env", new Map(before.env.map((e) => [e.key, e.value])), new Map(after.env.map((e) => [e.key, e.value]))));
  const portKey = (p: RecreatableSettings["ports"][number]) => `${p.containerPort}/${p.protocol}`;
  rows.push(...diffMaps("ports", group(before.ports, portKey, portText), group(after.ports, portKey, portText)));
  const mountKey = (m: RecreatableSettings["mounts"][number]) => m.target;
  rows.push(...diffMaps("mounts", group(before.mounts, mountKey, mountText), group(after.mounts, mountKey, mountText)));
  return rows;
}

export interface RecreatePlan {
  body: Docker.ContainerCreateOptions;
  /** Networks beyond the first, connected after create (older engines take one at create). */
  extraNetworks: { name: string; endpoint: Endpoint }[];
}

function cleanEndpoint(ep: Endpoint, oldShortId: string): Endpoint {
  return {
    // The engine adds the short id as an alias by itself; the old one would point at nothing.
    Aliases: (ep.Aliases ?? []).filter((a) => a !== oldShortId),
    ...(ep.IPAMConfig ? { IPAMConfig: ep.IPAMConfig } : {}),
    ...(ep.Links?.length ? { Links: ep.Links } : {}),
    ...(ep.DriverOpts ? { DriverOpts: ep.DriverOpts } : {}),
  };
}

/**
 * The create body for the new container: the old one's Config, HostConfig and networks, with only the
 * changed keys replaced. Keeps Binds AND Mounts, and turns anonymous volumes into named mounts so their
 * data follows (a fresh anonymous volume would be empty).
 */
export function buildRecreatePlan(raw: RawFullInspect, changes: RecreateChanges, name: string, image?: string): RecreatePlan {
  const shortId = raw.Id.slice(0, 12);
  const config: Record<string, unknown> = { ...(raw.Config ?? {}) };
  if (config.Hostname === shortId) delete config.Hostname; // the engine's default: the new id's prefix
  if (image) config.Image = image;
  if (changes.env) config.Env = changes.env.filter((r) => r.key).map((r) => `${r.key}=${r.value}`);
  const argvOf = (text: string) => {
    const r = splitArgv(text);
    return "error" in r || r.length === 0 ? null : r;
  };
  if (changes.command !== undefined) config.Cmd = argvOf(changes.command);
  if (changes.entrypoint !== undefined) config.Entrypoint = argvOf(changes.entrypoint);

  const host: Record<string, unknown> & NonNullable<RawFullInspect["HostConfig"]> = { ...(raw.HostConfig ?? {}) };
  if (changes.ports) {
    const { exposed, bindings } = toPortBindings(changes.ports);
    config.ExposedPorts = { ...(raw.Config?.ExposedPorts ?? {}), ...exposed };
    host.PortBindings = bindings;
  }
  if (changes.mounts) {
    host.Binds = [];
    host.Mounts = toMounts(changes.mounts);
  } else {
    const covered = new Set<string>([
      ...(host.Binds ?? []).map((b) => b.split(":")[1] ?? ""),
      ...(host.Mounts ?? []).map((m) => m.Target ?? ""),
    ]);
    const anonymous = (raw.Mounts ?? [])
      .filter((m) => m.Type === "volume" && m.Name && m.Destination && !covered.has(m.Destination))
      .map((m) => ({ Type: "volume", Source: m.Name!, Target: m.Destination!, ReadOnly: m.RW === false }));
    if (anonymous.length) host.Mounts = [...(host.Mounts ?? []), ...anonymous];
  }

  const networks = Object.entries(raw.NetworkSettings?.Networks ?? {});
  const mode = host.NetworkMode ?? "";
  const shared = mode === "host" || mode === "none" || mode.startsWith("container:");
  const primaryName = mode === "default" ? "bridge" : mode;
  const primary = shared ? undefined : (networks.find(([n]) => n === primaryName) ?? networks[0]);
  const body: Docker.ContainerCreateOptions = {
    ...(config as Docker.ContainerCreateOptions),
    name,
    HostConfig: host as Docker.HostConfig,
    ...(primary ? { NetworkingConfig: { EndpointsConfig: { [primary[0]]: cleanEndpoint(primary[1], shortId) as Docker.EndpointSettings } } } : {}),
  };
  const extraNetworks = shared
    ? []
    : networks.filter(([n]) => n !== primary?.[0]).map(([n, ep]) => ({ name: n, endpoint: cleanEndpoint(ep, shortId) }));
  return { body, extraNetworks };
}

async function inspectRaw(engine: Engine, ref: string): Promise<RawFullInspect> {
  try {
    return (await engine.docker.getContainer(ref).inspect()) as unknown as RawFullInspect;
  } catch (err) {
    throw toEngineError(err);
  }
}

export async function containerSettings(engine: Engine, ref: string): Promise<ContainerSettings> {
  return settingsFromInspect(await inspectRaw(engine, ref));
}

export async function previewRecreate(engine: Engine, ref: string, changes: RecreateChanges): Promise<ConfigDiffRow[]> {
  const before = settingsFromInspect(await inspectRaw(engine, ref)).recreatable;
  return diffSettings(before, applyChanges(before, changes));
}

/** The image reference to create from: the old name if it still means the same image, else its id. */
async function sameImage(engine: Engine, raw: RawFullInspect): Promise<string | undefined> {
  const ref = raw.Config?.Image;
  if (!ref || !raw.Image) return undefined;
  try {
    const img = (await engine.docker.getImage(ref).inspect()) as { Id?: string };
    return img.Id === raw.Image ? ref : raw.Image;
  } catch {
    return raw.Image;
  }
}

async function quietly(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (err) {
    console.error("[berth] recreate rollback step failed:", err);
  }
}

/**
 * Create the new container under a temporary name and (if the old one ran) stop the old one and start
 * the new one while the names stay put: a failure up to here only removes the new container and
 * restarts the old one. Then the old one is renamed aside, the new one takes the name (two renames
 * back to back: the name is missing for milliseconds at most), and the old one is removed.
 */
export async function recreateContainer(engine: Engine, ref: string, changes: RecreateChanges, opts: CreateAccess = {}): Promise<ContainerDetail> {
  const raw = await inspectRaw(engine, ref);
  if (raw.HostConfig?.AutoRemove) {
    throw new ApiError("conflict", "This container was created with --rm: stopping it would delete it, so Berth cannot recreate it safely.");
  }
  const name = (raw.Name ?? "").replace(/^\//, "");
  const tag = randomBytes(3).toString("hex");
  const tempNew = `${name}-berth-new-${tag}`;
  const tempOld = `${name}-berth-old-${tag}`;
  const wasRunning = Boolean(raw.State?.Running || raw.State?.Restarting || raw.State?.Paused);
  const plan = buildRecreatePlan(raw, changes, tempNew, await sameImage(engine, raw));
  // The new container carries the old one's HostConfig too: a privileged container stays an admin's to recreate.
  refuseUnlessAllowed(plan.body.HostConfig as HostConfigLike, opts);
  const old = engine.docker.getContainer(raw.Id);

  let newId: string;
  try {
    newId = (await createContainerCall(engine, plan.body)).id;
  } catch (err) {
    const e = toEngineError(err);
    throw new ApiError(e.status === 409 ? "conflict" : "invalid_request", `The engine refused the new configuration: ${e.message}. Nothing was changed.`);
  }
  const fresh = engine.docker.getContainer(newId);
  const dropNew = () => quietly(() => fresh.remove({ force: true }));
  const restoreOld = async () => {
    if (wasRunning) await quietly(() => old.start());
  };

  try {
    for (const n of plan.extraNetworks) {
      await engine.docker.getNetwork(n.name).connect({ Container: newId, EndpointConfig: n.endpoint as Docker.EndpointSettings });
    }
  } catch (err) {
    await dropNew();
    throw new ApiError("recreate_failed", `Could not attach the new container to its networks: ${toEngineError(err).message}. Nothing was changed.`);
  }

  if (wasRunning) {
    try {
      await old.stop();
    } catch (err) {
      await dropNew();
      await restoreOld();
      throw new ApiError("recreate_failed", `Could not stop the container: ${toEngineError(err).message}. Nothing was changed.`);
    }
    try {
      await fresh.start();
    } catch (err) {
      const reason = toEngineError(err).message;
      await dropNew();
      await restoreOld();
      throw new ApiError("start_failed", `The new container could not start: ${reason}. The old container was restored.`);
    }
  }

  try {
    await old.rename({ name: tempOld });
  } catch (err) {
    await dropNew();
    await restoreOld();
    throw new ApiError("recreate_failed", `Could not set the old container aside: ${toEngineError(err).message}. The old container was restored.`);
  }
  try {
    await fresh.rename({ name });
  } catch (err) {
    const reason = toEngineError(err).message;
    await dropNew();
    await quietly(() => old.rename({ name }));
    await restoreOld();
    throw new ApiError("recreate_failed", `Could not give the new container its name: ${reason}. The old container was restored.`);
  }

  // The new container has the name (and runs if the old one did); the old one is only a leftover now.
  await quietly(() => old.remove({ force: true, v: false }));
  return inspectContainer(engine, newId);
}
