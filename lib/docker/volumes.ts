import "server-only";
import { docker } from "./client";
import { toEngineError } from "./errors";
import type { VolumeSummary } from "./container-config-types";

interface RawVolume {
  Name?: string;
  Driver?: string;
  Mountpoint?: string;
}

/** `docker volume ls`, by name. */
export async function listVolumes(): Promise<VolumeSummary[]> {
  try {
    const raw = (await docker().listVolumes()) as { Volumes?: RawVolume[] | null };
    return (raw.Volumes ?? [])
      .map((v) => ({ name: v.Name ?? "", driver: v.Driver ?? "", mountpoint: v.Mountpoint ?? "" }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch (err) {
    throw toEngineError(err);
  }
}
