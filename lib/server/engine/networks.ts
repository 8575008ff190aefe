import "server-only";
import { createNetworkCall } from "./create-call";
import { containerName, listRawContainers, type RawContainerRef } from "./raw-container-refs";
import type { NetworkDetail, NetworkEndpoint, NetworkInfo } from "@/lib/shared/types/networks";
import { BUILT_IN_NETWORKS } from "@/lib/shared/schemas/networks";
import { toEngineError } from "./errors";
import { ApiError } from "@/lib/shared/errors";
import type { Engine } from "./engine";

interface RawNetwork {
  Id?: string;
  Name?: string;
  Driver?: string;
  Scope?: string;
  Created?: string;
  Internal?: boolean;
  Attachable?: boolean;
  IPAM?: { Config?: { Subnet?: string; Gateway?: string }[] | null } | null;
  Labels?: Record<string, string> | null;
  Options?: Record<string, string> | null;
  Containers?: Record<string, { Name?: string; MacAddress?: string; IPv4Address?: string; IPv6Address?: string }> | null;
}

const stripPrefix = (cidr?: string) => (cidr ? cidr.replace(/\/\d+$/, "") : undefined);

/** Network id → its endpoints, from one container list: stopped containers stay connected too. */
function endpointsByNetwork(containers: RawContainerRef[]): Map<string, NetworkEndpoint[]> {
  const byNetwork = new Map<string, NetworkEndpoint[]>();
  for (const c of containers) {
    for (const [netName, ep] of Object.entries(c.NetworkSettings?.Networks ?? {})) {
      const key = ep.NetworkID || `name:${netName}`;
      const list = byNetwork.get(key) ?? [];
      list.push({
        id: c.Id,
        name: containerName(c),
        state: c.State,
        ipv4: ep.IPAddress || undefined,
        ipv6: ep.GlobalIPv6Address || undefined,
        macAddress: ep.MacAddress || undefined,
        // The engine lists the container's short id as an alias of its own: not something the user set.
        aliases: (ep.Aliases ?? []).filter((a) => !c.Id.startsWith(a)),
      });
      byNetwork.set(key, list);
    }
  }
  return byNetwork;
}

function toInfo(n: RawNetwork, endpoints: Map<string, NetworkEndpoint[]>): NetworkInfo {
  const name = n.Name ?? "";
  const id = n.Id ?? "";
  const containers = [...(endpoints.get(id) ?? endpoints.get(`name:${name}`) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return {
    id,
    name,
    driver: n.Driver ?? "",
    scope: n.Scope ?? "",
    createdAt: n.Created || undefined,
    internal: n.Internal === true,
    attachable: n.Attachable === true,
    builtIn: BUILT_IN_NETWORKS.includes(name),
    subnets: (n.IPAM?.Config ?? []).filter((c) => c.Subnet).map((c) => ({ subnet: c.Subnet!, gateway: c.Gateway || undefined })),
    labels: n.Labels ?? {},
    containers,
  };
}

/** `docker network ls`, by name, with the containers attached (from the container list: no inspect per network). */
export async function listNetworks(engine: Engine): Promise<NetworkInfo[]> {
  try {
    const [raw, containers] = await Promise.all([engine.docker.listNetworks() as Promise<RawNetwork[]>, listRawContainers(engine)]);
    const endpoints = endpointsByNetwork(containers);
    return raw.map((n) => toInfo(n, endpoints)).sort((a, b) => a.name.localeCompare(b.name));
  } catch (err) {
    throw toEngineError(err);
  }
}

const INSPECT_CONCURRENCY = 8;

/**
 * The container list leaves aliases out (API 1.41): one inspect per attached container, at most 8 at a time,
 * only for the one network the user is looking at.
 */
async function withUserAliases(engine: Engine, endpoints: NetworkEndpoint[], networkName: string): Promise<NetworkEndpoint[]> {
  const out = [...endpoints];
  for (let i = 0; i < out.length; i += INSPECT_CONCURRENCY) {
    await Promise.all(
      out.slice(i, i + INSPECT_CONCURRENCY).map(async (ep, j) => {
        const c = (await engine.docker
          .getContainer(ep.id)
          .inspect()
          .catch(() => undefined)) as { NetworkSettings?: { Networks?: Record<string, { Aliases?: string[] | null }> } } | undefined;
        const aliases = c?.NetworkSettings?.Networks?.[networkName]?.Aliases;
        if (aliases) out[i + j] = { ...ep, aliases: aliases.filter((a) => !ep.id.startsWith(a)) };
      }),
    );
  }
  return out;
}

/** `docker network inspect`; the engine's endpoint addresses win over the container list's. */
export async function inspectNetwork(engine: Engine, idOrName: string): Promise<NetworkDetail> {
  try {
    const [raw, containers] = await Promise.all([
      engine.docker.getNetwork(idOrName).inspect() as Promise<RawNetwork>,
      listRawContainers(engine),
    ]);
    const info = toInfo(raw, endpointsByNetwork(containers));
    const live = raw.Containers ?? {};
    const seen = new Set(info.containers.map((c) => c.id));
    const merged = info.containers.map((c) => {
      const ep = live[c.id];
      return ep ? { ...c, ipv4: stripPrefix(ep.IPv4Address) ?? c.ipv4, ipv6: stripPrefix(ep.IPv6Address) ?? c.ipv6, macAddress: ep.MacAddress || c.macAddress } : c;
    });
    for (const [id, ep] of Object.entries(live)) {
      // A running volume browse helper sits on "none"; the container list above already left it out.
      if (!seen.has(id) && !engine.helpers.has(id)) merged.push({ id, name: ep.Name ?? id.slice(0, 12), ipv4: stripPrefix(ep.IPv4Address), ipv6: stripPrefix(ep.IPv6Address), macAddress: ep.MacAddress, aliases: [] });
    }
    const withAliases = await withUserAliases(engine, merged, raw.Name ?? idOrName);
    // The engine's JSON as it came, less the helpers' endpoints.
    const shownRaw = raw.Containers ? { ...raw, Containers: Object.fromEntries(Object.entries(raw.Containers).filter(([id]) => !engine.helpers.has(id))) } : raw;
    return { ...info, containers: withAliases, options: raw.Options ?? {}, raw: shownRaw as Record<string, unknown> };
  } catch (err) {
    throw toEngineError(err);
  }
}

export async function createNetwork(engine: Engine, input: {
  name: string;
  driver: string;
  subnet?: string;
  gateway?: string;
  internal: boolean;
  attachable: boolean;
  labels: Record<string, string>;
}): Promise<NetworkDetail> {
  let id: string;
  try {
    // Network names need not be unique to the engine; to a user picking by name they must be.
    const existing = (await engine.docker.listNetworks({ filters: { name: [input.name] } })) as RawNetwork[];
    if (existing.some((n) => n.Name === input.name)) throw new ApiError("conflict", `A network named "${input.name}" already exists`);
    const created = await createNetworkCall(engine, {
      Name: input.name,
      Driver: input.driver,
      CheckDuplicate: true,
      Internal: input.internal,
      Attachable: input.attachable,
      Labels: input.labels,
      IPAM: input.subnet ? { Driver: "default", Config: [{ Subnet: input.subnet, ...(input.gateway ? { Gateway: input.gateway } : {}) }] } : undefined,
    });
    id = created.id;
  } catch (err) {
    throw toEngineError(err);
  }
  return inspectNetwork(engine, id);
}

function attachedError(name: string, endpoints: NetworkEndpoint[]): ApiError {
  const names = endpoints.map((e) => e.name).join(", ");
  return new ApiError("network_in_use", `Network ${name} has ${endpoints.length === 1 ? "a container" : "containers"} attached: ${names}. Disconnect ${endpoints.length === 1 ? "it" : "them"} first`);
}

/** `docker network rm`, refused for the built-in networks and while any container (running or not) is attached. */
export async function removeNetwork(engine: Engine, idOrName: string): Promise<void> {
  const net = await inspectNetwork(engine, idOrName);
  if (net.builtIn) throw new ApiError("built_in_network", `${net.name} is a built-in network and cannot be removed`);
  if (net.containers.length) throw attachedError(net.name, net.containers);
  try {
    await engine.docker.getNetwork(net.id).remove();
  } catch (err) {
    const e = err as { statusCode?: number };
    // "has active endpoints" comes as 403: someone connected a container in between.
    if (e?.statusCode === 403 || e?.statusCode === 409) {
      const again = await inspectNetwork(engine, net.id).catch(() => undefined);
      if (again?.containers.length) throw attachedError(net.name, again.containers);
    }
    throw toEngineError(err);
  }
}

/** `docker network connect [--alias a]`. */
export async function connectNetwork(engine: Engine, idOrName: string, container: string, alias?: string): Promise<void> {
  try {
    await engine.docker
      .getNetwork(idOrName)
      .connect({ Container: container, EndpointConfig: alias ? { Aliases: [alias] } : {} });
  } catch (err) {
    throw toEngineError(err);
  }
}

/** `docker network disconnect`. */
export async function disconnectNetwork(engine: Engine, idOrName: string, container: string, force = false): Promise<void> {
  try {
    await engine.docker.getNetwork(idOrName).disconnect({ Container: container, Force: force });
  } catch (err) {
    throw toEngineError(err);
  }
}
