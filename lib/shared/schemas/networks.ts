import { z } from "zod";
import { VOLUME_NAME_PATTERN } from "./volumes";
import { engineText, textRecord } from "./engine-text";

// Shared by the create/connect forms (field errors before sending) and the API handlers.

/** The engine's own networks: never removable. */
export const BUILT_IN_NETWORKS: readonly string[] = ["bridge", "host", "none"];

/** "10.1.2.3" → 32-bit number, or null when it is not a dotted IPv4 address. */
export function parseIpv4(text: string): number | null {
  const parts = text.split(".");
  if (parts.length !== 4) return null;
  let n = 0;
  for (const part of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return null;
    const v = Number(part);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

export interface Ipv4Cidr {
  network: number;
  prefix: number;
}

/** "10.213.200.0/24" → network and prefix; null when malformed or when host bits are set. */
export function parseIpv4Cidr(text: string): Ipv4Cidr | null {
  const m = /^([0-9.]+)\/([0-9]{1,2})$/.exec(text);
  if (!m) return null;
  const addr = parseIpv4(m[1]!);
  const prefix = Number(m[2]!);
  if (addr === null || prefix > 32) return null;
  const size = 2 ** (32 - prefix);
  if (addr % size !== 0) return null;
  return { network: addr, prefix };
}

/** Is `ip` a usable host address inside `cidr` (not the network or broadcast address for /30 and wider)? */
export function isHostInCidr(ip: number, cidr: Ipv4Cidr): boolean {
  const size = 2 ** (32 - cidr.prefix);
  if (ip < cidr.network || ip >= cidr.network + size) return false;
  if (size >= 4 && (ip === cidr.network || ip === cidr.network + size - 1)) return false;
  return true;
}


/** A user network wider than a /8 would overlap the engine's pools, the host's own networks, loopback… */
export const MIN_SUBNET_PREFIX = 8;

export const networkNameSchema = z
  .string()
  .trim()
  .min(2, "Name must be at least 2 characters")
  .max(255, "Name is too long")
  .regex(VOLUME_NAME_PATTERN, "Use letters, digits, '_', '.' or '-', starting with a letter or digit");

export const createNetworkSchema = z
  .strictObject({
    name: networkNameSchema,
    driver: z.literal("bridge").default("bridge"),
    subnet: z.string().trim().optional().transform((v) => v || undefined),
    gateway: z.string().trim().optional().transform((v) => v || undefined),
    internal: z.boolean().default(false),
    attachable: z.boolean().default(false),
    labels: textRecord("Label").default({}),
  })
  .superRefine((v, ctx) => {
    if (BUILT_IN_NETWORKS.includes(v.name)) {
      ctx.addIssue({ code: "custom", path: ["name"], message: `"${v.name}" is a built-in network name` });
    }
    const cidr = v.subnet === undefined ? undefined : parseIpv4Cidr(v.subnet);
    if (cidr === null) {
      ctx.addIssue({ code: "custom", path: ["subnet"], message: "Not an IPv4 subnet in CIDR form, e.g. 10.213.200.0/24 (host bits must be zero)" });
    } else if (cidr && cidr.prefix < MIN_SUBNET_PREFIX) {
      ctx.addIssue({ code: "custom", path: ["subnet"], message: `A /${cidr.prefix} covers addresses every other network uses; use /${MIN_SUBNET_PREFIX} or smaller` });
    }
    if (v.gateway === undefined) return;
    const gw = parseIpv4(v.gateway);
    if (gw === null) {
      ctx.addIssue({ code: "custom", path: ["gateway"], message: "Not an IPv4 address, e.g. 10.213.200.1" });
    } else if (v.subnet === undefined) {
      ctx.addIssue({ code: "custom", path: ["gateway"], message: "A gateway needs a subnet" });
    } else if (cidr && !isHostInCidr(gw, cidr)) {
      ctx.addIssue({ code: "custom", path: ["gateway"], message: `Gateway must be a host address inside ${v.subnet}` });
    }
  });
export type CreateNetworkInput = z.input<typeof createNetworkSchema>;

export const connectNetworkSchema = z.strictObject({
  container: engineText("Container", 255).min(1, "Pick a container"),
  alias: z
    .string()
    .trim()
    .max(255)
    .regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, "Use letters, digits, '_', '.' or '-'")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});
export type ConnectNetworkInput = z.input<typeof connectNetworkSchema>;

export const disconnectNetworkSchema = z.strictObject({
  container: engineText("Container", 255).min(1, "Pick a container"),
  force: z.boolean().optional(),
});

/** A network id or name in a URL. */
export const networkRef = z.string().trim().min(1).max(255).regex(/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, "Not a network id or name");
