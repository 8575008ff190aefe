// Berth's view of networks: types only, so client code can `import type` them.
import type { NetworkSummary } from "./container-config";

export interface NetworkEndpoint {
  id: string;
  name: string;
  /** Container state from the container list (a stopped container stays connected but has no address). */
  state?: string;
  ipv4?: string;
  ipv6?: string;
  macAddress?: string;
  aliases: string[];
}

export interface NetworkSubnet {
  subnet: string;
  gateway?: string;
}

export interface NetworkInfo extends NetworkSummary {
  createdAt?: string;
  internal: boolean;
  attachable: boolean;
  /** `bridge`, `host` and `none`: the engine's own, never removable. */
  builtIn: boolean;
  subnets: NetworkSubnet[];
  labels: Record<string, string>;
  containers: NetworkEndpoint[];
}

export interface NetworkDetail extends NetworkInfo {
  options: Record<string, string>;
  raw: Record<string, unknown>;
}
