// Who may do what. Roles are ranked: each may do what the ones below it may. `public` is for the few routes a
// caller uses before it has a session (signing in); nothing else is ever public. `self` is any signed-in caller,
// for what changes only their own things (their API tokens): the handler acts on the caller's account alone.

export const ROLES = ["viewer", "operator", "admin"] as const;
export type Role = (typeof ROLES)[number];
export type Access = Role | "public" | "self";

const RANK: Record<Access, number> = { public: 0, self: 1, viewer: 1, operator: 2, admin: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** `role` (none when not signed in) may use something that needs `need`. */
export function allows(role: Role | undefined, need: Access): boolean {
  if (need === "public") return true;
  return role !== undefined && RANK[role] >= RANK[need];
}

/** Who a request is: the key's holder (local mode), an account (team mode), or anyone (BERTH_AUTH=off). */
export interface Principal {
  name: string;
  role: Role;
  via: "key" | "session" | "token" | "off";
  userId?: number;
}
