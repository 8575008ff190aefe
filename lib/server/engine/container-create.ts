import "server-only";
import { createContainerCall } from "./create-call";
import { createPolicyRefusal, type HostConfigLike } from "@/lib/shared/auth/create-policy";
import net from "node:net";
import dgram from "node:dgram";
import type Docker from "dockerode";
import { envList, type CreateContainerConfig, type MountRow, type PortRow } from "@/lib/shared/schemas/container-config";
import { listContainers, inspectContainer } from "./containers";
import { imageExists } from "./images";
import type { ContainerDetail, ContainerSummary } from "@/lib/shared/types/engine";
import { toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

// "New container": form config → engine create body (pure, unit-tested), the checks the engine would
// only fail late (name taken, host port taken, unknown image), and create (+ start) without leaving a
// half-made container behind.

type CreateBody = Docker.ContainerCreateOptions;

export function portKey(p: { containerPort: number; protocol: string }): string {
  return `${p.containerPort}/${p.protocol}`;
}

export function toPortBindings(ports: PortRow[]): { exposed: Record<string, object>; bindings: Record<string, { HostIp: string; HostPort: string }[]> } {
  const exposed: Record<string, object> = {};
  const bindings: Record<string, { HostIp: string; HostPort: string }[]> = {};
  for (const p of ports) {
    const key = portKey(p);
    exposed[key] = {};
    (bindings[key] ??= []).push({ HostIp: p.hostIp ?? "", HostPort: p.hostPort ? String(p.hostPort) : "" });
  }
  return { exposed, bindings };
}

/** Both kinds go through `Mounts` (not `-v` Binds): a missing bind source is an error, not a new empty dir. */
export function toMounts(mounts: MountRow[]): NonNullable<Docker.HostConfig["Mounts"]> {
  return mounts.map((m) => ({ Type: m.type, Source: m.source, Target: m.target, ReadOnly: m.readOnly }));
}

export function toNetworkMode(network: CreateContainerConfig["network"]): string {
  switch (network.mode) {
    case "network":
      return network.target!;
    case "container":
      return `container:${network.target}`;
    default:
      return network.mode;
  }
}

function labelMap(rows: { key: string; value: string }[]): Record<string, string> {
  return Object.fromEntries(rows.filter((r) => r.key).map((r) => [r.key, r.value]));
}

/** The form's config as the engine's `POST /containers/create` body. */
/** Who is creating: a non-admin (`restricted`) may not ask for anything lib/shared/auth/create-policy.ts names. */
export interface CreateAccess {
  restricted?: boolean;
}

/** Throws `forbidden` before anything reaches the engine when a restricted caller asks for host access. */
export function refuseUnlessAllowed(hostConfig: HostConfigLike | undefined, opts: CreateAccess): void {
  const refusal = opts.restricted ? createPolicyRefusal(hostConfig) : undefined;
  if (refusal) throw new ApiError("forbidden", `${refusal}. Nothing was created.`);
}

export function buildCreateBody(cfg: CreateContainerConfig): CreateBody {
  const { exposed, bindings } = toPortBindings(cfg.ports);
  const networkMode = toNetworkMode(cfg.network);
  // A container sharing another's network stack (or the host's) cannot publish ports of its own.
  const publishes = cfg.network.mode !== "container" && cfg.network.mode !== "host" && cfg.network.mode !== "none";
  const body: CreateBody = {
    ...(cfg.name ? { name: cfg.name } : {}),
    Image: cfg.image,
    Env: envList(cfg),
    Labels: labelMap(cfg.labels),
    Tty: cfg.tty,
    OpenStdin: cfg.tty,
    AttachStdin: false,
    AttachStdout: true,
    AttachStderr: true,
    ...(cfg.command ? { Cmd: cfg.command } : {}),
    ...(cfg.entrypoint ? { Entrypoint: cfg.entrypoint } : {}),
    ...(cfg.workingDir ? { WorkingDir: cfg.workingDir } : {}),
    ...(cfg.user ? { User: cfg.user } : {}),
    ...(publishes && cfg.ports.length ? { ExposedPorts: exposed } : {}),
    HostConfig: {
      NetworkMode: networkMode,
      ...(publishes && cfg.ports.length ? { PortBindings: bindings } : {}),
      Mounts: toMounts(cfg.mounts),
      RestartPolicy: { Name: cfg.restartPolicy.name, MaximumRetryCount: cfg.restartPolicy.maximumRetryCount },
      AutoRemove: cfg.autoRemove,
      Privileged: cfg.privileged,
      ...(cfg.memory ? { Memory: cfg.memory } : {}),
      ...(cfg.cpus ? { NanoCpus: Math.round(cfg.cpus * 1e9) } : {}),
    },
  };
  return body;
}

const ANY_V4 = new Set(["", "0.0.0.0"]);
const ANY_V6 = new Set(["", "::"]);

function addressesOverlap(a: string, b: string): boolean {
  if (ANY_V4.has(a) || ANY_V4.has(b) || ANY_V6.has(a) || ANY_V6.has(b)) return true;
  return a === b;
}

/** Rows whose host port a running container already publishes: `{ "ports.<i>.hostPort": message }`. */
export function publishedPortConflicts(ports: PortRow[], containers: ContainerSummary[]): Record<string, string> {
  const fields: Record<string, string> = {};
  ports.forEach((p, i) => {
    if (!p.hostPort) return;
    for (const c of containers) {
      const clash = c.ports.find(
        (cp) => cp.hostPort === p.hostPort && cp.protocol === p.protocol && addressesOverlap(cp.hostIp ?? "", p.hostIp ?? ""),
      );
      if (clash) {
        fields[`ports.${i}.hostPort`] = `Host port ${p.hostPort}/${p.protocol} is already published by container ${c.name}`;
        return;
      }
    }
  });
  return fields;
}

/** Tries to bind the port the way the engine will; resolves to the OS's reason when it cannot. */
function tryBind(port: number, host: string, protocol: "tcp" | "udp"): Promise<string | null> {
  return new Promise((resolve) => {
    if (protocol === "udp") {
      const sock = dgram.createSocket(host.includes(":") ? "udp6" : "udp4");
      sock.once("error", (err: NodeJS.ErrnoException) => {
        sock.close();
        resolve(err.code ?? err.message);
      });
      sock.bind(port, host, () => sock.close(() => resolve(null)));
      return;
    }
    const server = net.createServer();
    server.once("error", (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(null)));
  });
}

async function hostPortConflicts(engine: Engine, ports: PortRow[]): Promise<Record<string, string>> {
  const fields = publishedPortConflicts(ports, await listContainers(engine, { all: false }));
  if (!engine.isLocal) return fields;
  await Promise.all(
    ports.map(async (p, i) => {
      const key = `ports.${i}.hostPort`;
      if (!p.hostPort || fields[key]) return;
      const reason = await tryBind(p.hostPort, p.hostIp ?? "0.0.0.0", p.protocol);
      if (reason === "EADDRINUSE" || reason === "EACCES") {
        fields[key] = `Host port ${p.hostPort}/${p.protocol} is already in use on this host`;
      } else if (reason === "EADDRNOTAVAIL") {
        fields[`ports.${i}.hostIp`] = `${p.hostIp} is not an address of this host`;
      }
    }),
  );
  return fields;
}

/** Exact name match: inspecting by name would also match a container whose id starts with it. */
async function nameTaken(engine: Engine, name: string): Promise<boolean> {
  try {
    const found = await engine.docker.listContainers({ all: true, filters: { name: [`^/${name.replace(/\./g, "\\.")}$`] } });
    return found.length > 0;
  } catch (err) {
    throw toEngineError(err);
  }
}

/**
 * The network or `container:` target the new container joins, which must exist now: the engine accepts a missing
 * one at create and the container then never starts. A 404 naming it, before anything is created.
 */
async function checkNetworkTarget(engine: Engine, network: CreateContainerConfig["network"]): Promise<void> {
  const { mode, target } = network;
  if ((mode !== "network" && mode !== "container") || !target) return;
  try {
    await (mode === "network" ? engine.docker.getNetwork(target).inspect() : engine.docker.getContainer(target).inspect());
  } catch (err) {
    const e = toEngineError(err);
    if (e.status !== 404) throw e;
    const message = mode === "network" ? `No network named ${target}` : `No container ${target} to share the network stack of`;
    throw new ApiError("not_found", message, { fields: { "network.target": message } });
  }
}

/** Checks that need the engine; throws with per-field messages so the form can point at them. */
export async function preflightCreate(engine: Engine, cfg: CreateContainerConfig): Promise<void> {
  if (!(await imageExists(engine, cfg.image))) {
    throw new ApiError("not_found", `No such image: ${cfg.image}`, { fields: { image: `No local image ${cfg.image}` } });
  }
  await checkNetworkTarget(engine, cfg.network);
  if (cfg.name && (await nameTaken(engine, cfg.name))) {
    throw new ApiError("conflict", `The name ${cfg.name} is already in use`, { fields: { name: `A container named ${cfg.name} already exists` } });
  }
  const fields = await hostPortConflicts(engine, cfg.ports);
  if (Object.keys(fields).length) {
    throw new ApiError("port_in_use", Object.values(fields)[0]!, { fields });
  }
}

async function removeQuietly(engine: Engine, id: string): Promise<boolean> {
  try {
    await engine.docker.getContainer(id).remove({ force: true, v: false });
    return true;
  } catch (err) {
    return toEngineError(err).status === 404;
  }
}

/**
 * Creates (and with `start`, starts) the container. A start that fails removes what was created
 * unless `keepOnStartFailure`, and either way the engine's reason is reported, never swallowed.
 */
export async function createContainer(engine: Engine, cfg: CreateContainerConfig, opts: CreateAccess = {}): Promise<ContainerDetail> {
  const body = buildCreateBody(cfg);
  refuseUnlessAllowed(body.HostConfig, opts);
  await preflightCreate(engine, cfg);
  let id: string;
  try {
    id = (await createContainerCall(engine, body)).id;
  } catch (err) {
    const e = toEngineError(err);
    if (e.status === 409) throw new ApiError("conflict", e.message, { fields: cfg.name ? { name: e.message } : undefined });
    if (e.status === 404) throw new ApiError("not_found", e.message);
    if (e.status === 400) throw new ApiError("invalid_request", e.message);
    throw e;
  }
  if (cfg.start) {
    try {
      await engine.docker.getContainer(id).start();
    } catch (err) {
      const reason = toEngineError(err).message;
      if (cfg.keepOnStartFailure) {
        throw new ApiError("start_failed", `The container was created but did not start: ${reason}. It was kept (stopped).`);
      }
      const removed = await removeQuietly(engine, id);
      throw new ApiError(
        "start_failed",
        removed
          ? `The container could not start: ${reason}. Berth removed the created container.`
          : `The container could not start: ${reason}. Removing it failed too; it is still there.`,
      );
    }
  }
  try {
    return await inspectContainer(engine, id);
  } catch (err) {
    // `--rm` and a command that exits at once: the container may already be gone.
    if (toEngineError(err).status === 404) {
      return { id, name: cfg.name ?? id.slice(0, 12) } as ContainerDetail;
    }
    throw err;
  }
}
