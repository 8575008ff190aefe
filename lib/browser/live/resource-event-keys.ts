import type { EngineEvent } from "@/lib/shared/types/engine";
import { AUDIT_REFRESH_ACTIONS, SECURITY_KEY } from "@/lib/shared/audit/types";
import { CLEANUP_PREFIX, SYSTEM_KEY } from "@/lib/browser/paths/cleanup";

// The cleanup preview and the system screen count containers, images, volumes and networks and their disk use.
const DISK_KEYS = [CLEANUP_PREFIX, SYSTEM_KEY];
// Container events that change what is exited, used, running or paused (not exec_*, top, attach, resize…).
const DISK_CONTAINER_ACTIONS = ["create", "destroy", "start", "die", "pause", "unpause", "rename"];

// Which screens other than the container ones an engine event touches, as prefixes of their SWR keys.
// A container's create/destroy/rename changes who uses a volume or is attached to a network too.
export function resourcePrefixesFor(event: EngineEvent): string[] {
  switch (event.type) {
    case "image":
      return ["/api/images", ...DISK_KEYS];
    case "volume":
      return ["/api/volumes", ...DISK_KEYS];
    case "network":
      // Every container start and stop joins or leaves a network a moment before its own event, which refreshes the
      // disk-use screens anyway; connect/disconnect alone would double their `system df` per start.
      return ["connect", "disconnect"].includes(event.action) ? ["/api/networks"] : ["/api/networks", ...DISK_KEYS];
    case "container": {
      const prefixes: string[] = ["create", "destroy", "rename"].includes(event.action) ? ["/api/volumes", "/api/networks"] : [];
      // The security report (and the list's badges) follow the actions the server's audit cache re-inspects on.
      if (DISK_CONTAINER_ACTIONS.includes(event.action)) prefixes.push(...DISK_KEYS);
      return AUDIT_REFRESH_ACTIONS.includes(event.action) ? [...prefixes, SECURITY_KEY] : prefixes;
    }
    default:
      return [];
  }
}

/**
 * Whether an SWR key is under one of the prefixes. (A volume folder's key is not a URL — see use-volume-files — so
 * engine events never re-run a listing: the user refreshes it.)
 */
export function keyUnderPrefixes(key: unknown, prefixes: readonly string[]): boolean {
  return typeof key === "string" && prefixes.some((p) => key.startsWith(p));
}
