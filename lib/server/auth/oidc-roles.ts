import "server-only";
import type { Role } from "@/lib/shared/auth/roles";
import type { OidcRoleMapping } from "@/lib/shared/schemas/oidc-config";

// A provider's claims → Berth's role, decided again at every sign-in (so a change of groups at the provider takes
// effect at the next one). The claim may be a string, a list of strings, or sit under a dotted path
// (`realm_access.roles`, as Keycloak puts it); the highest role any value maps to wins.

/** The claim's values as strings: `"a"` → ["a"], `["a", 1]` → ["a", "1"], missing or an object → []. */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  // A claim named with dots (some providers use URLs as claim names) is read whole before it is read as a path.
  let value: unknown = Object.hasOwn(claims, path) ? claims[path] : undefined;
  if (value === undefined && path.includes(".")) {
    value = path.split(".").reduce<unknown>((v, key) => (v && typeof v === "object" && Object.hasOwn(v, key) ? (v as Record<string, unknown>)[key] : undefined), claims);
  }
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.filter((v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean").map(String);
}

/** The role these claims give, or null when the mapping refuses them (no matching value and the default is `none`). */
export function roleFromClaims(claims: Record<string, unknown>, mapping: OidcRoleMapping): Role | null {
  const values = new Set(claimValues(claims, mapping.claim));
  if (mapping.adminValues.some((v) => values.has(v))) return "admin";
  if (mapping.operatorValues.some((v) => values.has(v))) return "operator";
  return mapping.defaultRole === "none" ? null : "viewer";
}
