import "server-only";
import { docker } from "./client";
import { toEngineError } from "./errors";
import type { NetworkSummary } from "./container-config-types";

interface RawNetwork {
  Id?: string;
  Name?: string;
  Driver?: string;
  Scope?: string;
}

/** `docker network ls`, by name. */
export async function listNetworks(): Promise<NetworkSummary[]> {
  try {
    const raw = (await docker().listNetworks()) as RawNetwork[];
    return raw
      .map((n) => ({ id: n.Id ?? "", name: n.Name ?? "", driver: n.Driver ?? "", scope: n.Scope ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch (err) {
    throw toEngineError(err);
  }
}
