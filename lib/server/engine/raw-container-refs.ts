import "server-only";
import type { Engine } from "./engine";

// Volumes and networks are "used" by containers; only the container list knows by whom (running or not).
// One list call answers for every volume and network at once, instead of one inspect per object.

export interface RawContainerRef {
  Id: string;
  Names?: string[];
  State?: string;
  Labels?: Record<string, string> | null;
  Mounts?: { Type?: string; Name?: string; Destination?: string; RW?: boolean }[];
  NetworkSettings?: {
    Networks?: Record<string, { NetworkID?: string; IPAddress?: string; GlobalIPv6Address?: string; MacAddress?: string; Aliases?: string[] | null }>;
  };
}

/** Every container except Berth's own helpers, from the engine's container store (no engine call once it is filled). */
export function listRawContainers(engine: Engine): Promise<RawContainerRef[]> {
  return engine.containers.rawList();
}

export function containerName(c: RawContainerRef): string {
  return (c.Names?.[0] ?? c.Id.slice(0, 12)).replace(/^\//, "");
}
