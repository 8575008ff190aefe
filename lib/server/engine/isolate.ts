import "server-only";
import { createNetworkCall } from "./create-call";
import { ISOLATED_FOR_LABEL, isolatedNetworkName } from "@/lib/shared/schemas/security";
import type { IsolatePlan, IsolateResult } from "@/lib/shared/audit/types";
import { callEngine, toEngineError } from "./errors";
import { ApiError, type ErrorCode } from "@/lib/shared/errors";
import type { Engine } from "./engine";

// "Isolate": move a container onto a bridge network of its own (the seed's advice for untrusted containers),
// leaving every other network. Either all of it happens or none: a failure puts the old networks back.

interface RawEndpoint {
  NetworkID?: string;
  Aliases?: string[] | null;
  IPAMConfig?: Record<string, unknown> | null;
}

interface RawIsolateInspect {
  Id?: string;
  Name?: string;
  HostConfig?: { NetworkMode?: string };
  NetworkSettings?: { Networks?: Record<string, RawEndpoint> | null };
}

function refusalFor(mode: string, networks: string[], target: string): string | undefined {
  if (mode === "host") return "It uses the host's network stack (--network host): there is no network to leave. Recreate it on a bridge network first.";
  if (mode === "none") return "It has networking disabled (--network none): it is already cut off.";
  if (mode.startsWith("container:")) return `It shares another container's network stack (${mode}): isolate that container instead.`;
  if (networks.length === 1 && networks[0] === target) return `It is already alone on its own network ${target}.`;
  return undefined;
}

async function inspectForIsolation(engine: Engine, ref: string): Promise<{ raw: RawIsolateInspect; plan: IsolatePlan }> {
  const raw = (await callEngine(() => engine.docker.getContainer(ref).inspect())) as RawIsolateInspect;
  const id = raw.Id ?? ref;
  const name = (raw.Name ?? "").replace(/^\//, "") || id.slice(0, 12);
  const networkMode = raw.HostConfig?.NetworkMode ?? "";
  const current = Object.keys(raw.NetworkSettings?.Networks ?? {}).sort();
  const network = isolatedNetworkName(name);
  const refusal = refusalFor(networkMode, current, network);
  return { raw, plan: { id, name, networkMode, disconnect: current.filter((n) => n !== network), network, ...(refusal ? { refusal } : {}) } };
}

export async function isolationPlan(engine: Engine, ref: string): Promise<IsolatePlan> {
  return (await inspectForIsolation(engine, ref)).plan;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((v, i) => v === [...b].sort()[i]);

/** Endpoint settings the user chose (not the engine's own short-id alias), to reconnect as it was. */
function endpointConfig(id: string, ep: RawEndpoint | undefined): Record<string, unknown> {
  const aliases = (ep?.Aliases ?? []).filter((a) => !id.startsWith(a));
  return { ...(aliases.length ? { Aliases: aliases } : {}), ...(ep?.IPAMConfig ? { IPAMConfig: ep.IPAMConfig } : {}) };
}

/**
 * Creates `berth-isolated-<name>` (labelled berth.isolated-for=<id>), connects the container, then disconnects
 * it from every other network. `confirmed` must be the networks the user was shown; when they changed since,
 * nothing is done (409).
 */
export async function isolateContainer(engine: Engine, ref: string, confirmed: string[]): Promise<IsolateResult> {
  const { raw, plan } = await inspectForIsolation(engine, ref);
  if (plan.refusal) throw new ApiError("refused", `Cannot isolate ${plan.name}: ${plan.refusal}`);
  if (!sameSet(confirmed, plan.disconnect)) {
    throw new ApiError("conflict", `The networks of ${plan.name} changed since you confirmed (now: ${plan.disconnect.join(", ") || "none"}). Review and try again.`);
  }
  const clash = (await callEngine(() => engine.docker.listNetworks({ filters: { name: [plan.network] } }))) as { Name?: string }[];
  if (clash.some((n) => n.Name === plan.network)) {
    throw new ApiError("conflict", `A network named "${plan.network}" already exists; remove or rename it first`);
  }

  const created = await callEngine(() =>
    createNetworkCall(engine, { Name: plan.network, Driver: "bridge", CheckDuplicate: true, Labels: { [ISOLATED_FOR_LABEL]: plan.id } }),
  );
  const isolated = engine.docker.getNetwork(created.id);
  const left: string[] = [];
  let connected = false;
  try {
    await isolated.connect({ Container: plan.id });
    connected = true;
    for (const name of plan.disconnect) {
      await engine.docker.getNetwork(name).disconnect({ Container: plan.id, Force: false });
      left.push(name);
    }
    return { network: { id: created.id, name: plan.network }, disconnected: left };
  } catch (err) {
    const failure = toEngineError(err);
    const unrestored = await rollback(engine, plan, raw, left, connected ? isolated : undefined, isolated);
    const tail = unrestored.length ? ` Could not reconnect it to: ${unrestored.join(", ")}.` : " Its networks were restored.";
    throw new ApiError(failure.code as ErrorCode, `Isolating ${plan.name} failed: ${failure.message}.${tail}`, { cause: err });
  }
}

type Net = ReturnType<Engine["docker"]["getNetwork"]>;

/** Reconnects what was disconnected and removes the new network; returns the networks it could not restore. */
async function rollback(engine: Engine, plan: IsolatePlan, raw: RawIsolateInspect, left: string[], connectedTo: Net | undefined, created: Net): Promise<string[]> {
  const unrestored: string[] = [];
  for (const name of [...left].reverse()) {
    const ep = raw.NetworkSettings?.Networks?.[name];
    await engine.docker
      .getNetwork(ep?.NetworkID || name)
      .connect({ Container: plan.id, EndpointConfig: endpointConfig(plan.id, ep) })
      .catch(() => unrestored.push(name));
  }
  if (connectedTo) await connectedTo.disconnect({ Container: plan.id, Force: true }).catch(() => undefined);
  await created.remove().catch(() => undefined);
  return unrestored;
}
