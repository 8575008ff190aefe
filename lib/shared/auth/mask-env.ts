import type { Principal } from "./roles";

// A viewer sees which variables a container has, never their values (they hold passwords and tokens).

export const MASKED = "••••••";

/** Operators and admins see env values (the browser still masks them until asked); viewers never receive them. */
export function seesEnvValues(principal: Principal | null | undefined): boolean {
  return principal?.role === "operator" || principal?.role === "admin";
}

/** `["KEY=value", "FLAG"]` → `["KEY=••••••", "FLAG"]`. */
export function maskEnvList(env: readonly string[] | null | undefined): string[] {
  return (env ?? []).map((e) => (e.includes("=") ? `${e.slice(0, e.indexOf("="))}=${MASKED}` : e));
}

export function maskEnvRows<T extends { value: string }>(rows: readonly T[]): T[] {
  return rows.map((r) => ({ ...r, value: MASKED }));
}
