import type { EngineEvent } from "@/lib/shared/types/engine";
import { AUDIT_REFRESH_ACTIONS, SECURITY_KEY } from "@/lib/shared/audit/types";
import { CLEANUP_PREFIX, SYSTEM_KEY } from "@/lib/browser/paths/cleanup";
import { STACKS_PREFIX } from "@/lib/browser/paths/stacks";

// Only a tab showing the cleanup screen fetches its preview (a `system df` and two lists); the header's figure and
// the System screen's disk table are the server's disk summary, pushed over socket.io, never refetched from here.
// Container events that change what is exited, used, running or paused (not exec_*, top, attach, resize…).
const CLEANUP_CONTAINER_ACTIONS = ["create", "destroy", "start", "die", "pause", "unpause", "rename"];
// The System screen's facts count containers by state, and images.
const SYSTEM_CONTAINER_ACTIONS = ["create", "destroy", "start", "die", "pause", "unpause"];
// The stacks screens count replicas by state and list each project's networks and volumes.
const STACK_CONTAINER_ACTIONS = [...SYSTEM_CONTAINER_ACTIONS, "rename", "health_status"];

// Which screens other than the container ones an engine event touches, as prefixes of their SWR keys.
// A container's create/destroy/rename changes who uses a volume or is attached to a network too.
export function resourcePrefixesFor(event: EngineEvent): string[] {
  switch (event.type) {
    case "image":
      return ["/api/images", CLEANUP_PREFIX, SYSTEM_KEY];
    case "volume":
      return ["create", "destroy"].includes(event.action) ? ["/api/volumes", CLEANUP_PREFIX, STACKS_PREFIX] : ["/api/volumes", CLEANUP_PREFIX];
    case "network":
      // Every container start and stop joins or leaves a network a moment before its own event, which refreshes the
      // cleanup preview anyway; connect/disconnect alone would double its `system df` per start.
      return ["connect", "disconnect"].includes(event.action) ? ["/api/networks"] : ["/api/networks", CLEANUP_PREFIX, STACKS_PREFIX];
    case "container": {
      const prefixes: string[] = ["create", "destroy", "rename"].includes(event.action) ? ["/api/volumes", "/api/networks"] : [];
      if (CLEANUP_CONTAINER_ACTIONS.includes(event.action)) prefixes.push(CLEANUP_PREFIX);
      if (SYSTEM_CONTAINER_ACTIONS.includes(event.action)) prefixes.push(SYSTEM_KEY);
      if (STACK_CONTAINER_ACTIONS.some((a) => event.action === a || event.action.startsWith(`${a}:`))) prefixes.push(STACKS_PREFIX);
      // The security report (and the list's badges) follow the actions the server's audit cache re-inspects on.
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
