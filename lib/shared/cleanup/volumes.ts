import { engineTimeMs, withCommonRules } from "./common";
import type { CleanupOptions, ContainerFacts, Verdict, VolumeFacts } from "./types";

/** Containers (any state) by the volume names they mount. */
export function containersByVolume(containers: readonly ContainerFacts[]): Map<string, string[]> {
  const users = new Map<string, string[]>();
  for (const c of containers) {
    for (const name of new Set(c.volumes)) users.set(name, [...(users.get(name) ?? []), c.name]);
  }
  return users;
}

/** The engine names an anonymous volume (`-v /data`, an image's VOLUME) with 64 hex digits. */
export function isAnonymousVolume(name: string): boolean {
  return /^[0-9a-f]{64}$/.test(name);
}

/**
 * A volume no container of any state mounts is offered, anonymous or named. A stopped container's volumes
 * are its data: they stay while it exists. The engine's own reference count, when known, must agree.
 */
export function volumeVerdict(v: VolumeFacts, users: readonly string[], opts: Pick<CleanupOptions, "olderThanHours" | "now">): Verdict {
  const base: Verdict =
    users.length > 0
      ? { offer: false, reason: `Used by ${users.length === 1 ? "container" : "containers"} ${users.join(", ")}` }
      : v.refCount > 0
        ? { offer: false, reason: `The engine counts ${v.refCount} ${v.refCount === 1 ? "container" : "containers"} using it` }
        : { offer: true, reason: isAnonymousVolume(v.name) ? "Anonymous volume no container uses" : "Named volume no container uses" };
  return withCommonRules(base, v.labels, engineTimeMs(v.createdAt), opts);
}
