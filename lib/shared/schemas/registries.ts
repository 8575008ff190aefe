import { z } from "zod";
import { noNul } from "./engine-text";
import { parseReference } from "@/lib/shared/images/reference";

// Shared by the registries screen's forms and the API handlers.

const HUB_ALIASES = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);

/**
 * What is wrong with `host[:port]` as a registry address, or undefined. The reference parser decides, so
 * an address is valid exactly when `address/name` would send the engine to that registry.
 */
export function registryAddressProblem(input: string): string | undefined {
  const address = input.trim();
  if (!address) return "Enter the registry's host[:port]";
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(address)) return "Leave out the scheme: enter host[:port], e.g. 127.0.0.1:5000";
  if (address.includes("/")) return "Enter only host[:port], without a path";
  if (HUB_ALIASES.has(address.toLowerCase())) return "Docker Hub is always listed";
  const parsed = parseReference(`${address}/berth-probe`);
  if (!parsed.ok || parsed.reference.registry !== address) {
    return `"${address}" is not a registry host[:port]: it needs a "." or a ":port", or is "localhost" (e.g. 127.0.0.1:5000, registry.example.com)`;
  }
  const port = /:(\d+)$/.exec(address)?.[1];
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return `Port ${port} is not between 1 and 65535`;
  return undefined;
}

/** Host names are case-insensitive: one spelling per registry, so logins and references match. */
export const registryAddress = z
  .string()
  .trim()
  .max(255, "The address is too long")
  .superRefine((value, ctx) => {
    const problem = registryAddressProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  })
  .transform((value) => value.toLowerCase());

export const addRegistryBody = z.strictObject({
  address: registryAddress,
  name: z.string().trim().max(64, "The name is at most 64 characters").optional().transform((v) => v || undefined),
});
export type AddRegistryInput = z.input<typeof addRegistryBody>;

/** "hub" or the id Berth gave an added registry. */
export const registryId = z.string().regex(/^(hub|[a-f0-9]{12})$/, "not a registry id");

export const loginBody = z.strictObject({
  username: z.string().trim().min(1, "Enter the user name").max(255, "The user name is too long").refine(...noNul("The user name")),
  // Never trimmed: a password may end in a space. Never echoed in a message either.
  password: z.string().min(1, "Enter the password or token").max(4096, "The password is too long").refine(...noNul("The password")),
  remember: z.boolean().default(false),
});
export type LoginInput = z.input<typeof loginBody>;

export const catalogQuery = z.strictObject({
  n: z.coerce.number().int("n must be a whole number").min(1, "n must be at least 1").max(1000, "n must be at most 1000").default(100),
  last: z.string().max(255).optional(),
});

/** A repository path inside a registry (`a/b`), by the reference parser's rules for path components. */
export const repositoryName = z
  .string()
  .trim()
  .min(1, "repository is required")
  .max(255, "repository is too long")
  .superRefine((value, ctx) => {
    const parsed = parseReference(`registry.invalid/${value}`);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.reason });
    else if (parsed.reference.tag || parsed.reference.digest || parsed.reference.repository !== value) {
      ctx.addIssue({ code: "custom", message: "Give the repository without a tag or digest" });
    }
  });

export const tagsQuery = z.strictObject({ repository: repositoryName });

export const searchQuery = z.strictObject({
  term: z.string().trim().min(1, "Enter a search term").max(255, "The search term is too long").refine(...noNul("The search term")),
  limit: z.coerce.number().int().min(1, "limit must be at least 1").max(100, "limit must be at most 100").default(25),
});
