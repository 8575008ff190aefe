import "server-only";
import type { BerthConfig } from "@/lib/server/config";
import { routeAccess, socketEventAccess } from "@/lib/shared/auth/access-table";
import { allows, type Access, type Principal } from "@/lib/shared/auth/roles";
import { ApiError } from "@/lib/shared/errors";
import { authenticate } from "./authenticate";
import { unauthorizedMessage } from "./request-gate";

// The one decision, from the one table (lib/shared/auth/access-table.ts): the route wrapper asks it for every API
// request, the socket middleware for every event. Anything the table does not name is refused.

type HeaderBag = Record<string, string | string[] | undefined> | Headers;
type AuthConfig = Pick<BerthConfig, "mode" | "authOff">;

/** The refusal when `principal` may not use something that needs `need` (undefined: nobody may); else null. */
export function refusalFor(principal: Principal | null, need: Access | undefined, what: string, config: AuthConfig): ApiError | null {
  if (need === undefined) {
    console.error(`[berth] refused ${what}: it has no entry in the access table (lib/shared/auth/access-table.ts)`);
    return new ApiError("forbidden", `Refused ${what}: no access rule names it`);
  }
  if (need === "public") return null;
  if (!principal) return new ApiError("unauthorized", unauthorizedMessage(config));
  if (allows(principal.role, need)) return null;
  return new ApiError("forbidden", `Refused ${what}: it needs the ${need} role, and ${principal.name} is ${principal.role === "admin" ? "an" : "a"} ${principal.role}`);
}

/** The caller's principal (null on a public route) when the table lets them make this request, else the refusal. */
export function authorize(method: string, pathname: string, headers: HeaderBag, config: AuthConfig): Principal | null | ApiError {
  const entry = routeAccess(method, pathname);
  const principal = entry ? authenticate(headers, config) : null;
  const refusal = refusalFor(principal, entry?.access, `${method.toUpperCase()} ${pathname.slice(0, 200)}`, config);
  return refusal ?? principal;
}

export function authorizeEvent(principal: Principal | null, event: string, config: AuthConfig): ApiError | null {
  return refusalFor(principal, socketEventAccess(event), `the ${event.slice(0, 64)} message`, config);
}

/** Inside a handler, for what one route does at a higher role than the table's (e.g. a stack's down with volumes). */
export function requireRole(principal: Principal | null, need: Access, what: string, config: AuthConfig): void {
  const refusal = refusalFor(principal, need, what, config);
  if (refusal) throw refusal;
}
