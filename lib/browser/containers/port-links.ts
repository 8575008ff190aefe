import type { PortBinding } from "@/lib/shared/types/engine";

const WILDCARDS = new Set(["", "0.0.0.0", "::"]);
const LOOPBACK = new Set(["127.0.0.1", "::1"]);

/**
 * Where the browser reaches a published port. A port on all interfaces is on the machine the user
 * reached Berth at (`pageHost`, when Berth is opened from another machine); a loopback port only
 * from the Docker host itself.
 */
export function portUrl(binding: PortBinding, pageHost = "localhost"): string | undefined {
  if (binding.hostPort === undefined) return undefined;
  const ip = binding.hostIp ?? "";
  const host = WILDCARDS.has(ip) ? pageHost : LOOPBACK.has(ip) ? "localhost" : ip.includes(":") ? `[${ip}]` : ip;
  return `http://${host}:${binding.hostPort}`;
}

/** "0.0.0.0:8080", "[::]:8080". */
export function hostAddress(binding: PortBinding): string {
  const ip = binding.hostIp || "0.0.0.0";
  return `${ip.includes(":") ? `[${ip}]` : ip}:${binding.hostPort ?? ""}`;
}

/**
 * Sorted by container port; drops the IPv6 twin the engine reports next to every 0.0.0.0 binding,
 * which would only repeat the same link.
 */
export function displayPorts(ports: readonly PortBinding[]): PortBinding[] {
  const v4Wildcard = new Set(
    ports.filter((p) => p.hostIp === "0.0.0.0").map((p) => `${p.privatePort}/${p.protocol}/${p.hostPort}`),
  );
  const seen = new Set<string>();
  return ports
    .filter((p) => !(p.hostIp === "::" && v4Wildcard.has(`${p.privatePort}/${p.protocol}/${p.hostPort}`)))
    .filter((p) => {
      const key = `${p.privatePort}/${p.protocol}/${p.hostIp ?? ""}/${p.hostPort ?? ""}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.privatePort - b.privatePort || a.protocol.localeCompare(b.protocol) || (a.hostPort ?? 0) - (b.hostPort ?? 0));
}
