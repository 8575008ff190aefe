import type { EngineEvent } from "@/lib/docker/types";
import { AUDIT_REFRESH_ACTIONS, SECURITY_KEY } from "@/lib/security/audit/types";

// Which screens other than the container ones an engine event touches, as prefixes of their SWR keys.
// A container's create/destroy/rename changes who uses a volume or is attached to a network too.
export function resourcePrefixesFor(event: EngineEvent): string[] {
  switch (event.type) {
    case "image":
      return ["/api/images"];
    case "volume":
      return ["/api/volumes"];
    case "network":
      return ["/api/networks"];
    case "container": {
      const prefixes = ["create", "destroy", "rename"].includes(event.action) ? ["/api/volumes", "/api/networks"] : [];
      // The security report (and the list's badges) follow the actions the server's audit cache re-inspects on.
      return AUDIT_REFRESH_ACTIONS.includes(event.action) ? [...prefixes, SECURITY_KEY] : prefixes;
    }
    default:
      return [];
  }
}

/**
 * Whether an SWR key is under one of the prefixes. A volume's file listing runs a helper container, whose
 * own events must not re-run the listing.
 */
export function keyUnderPrefixes(key: unknown, prefixes: readonly string[]): boolean {
  return typeof key === "string" && !key.includes("/files") && prefixes.some((p) => key.startsWith(p));
}
