import { z } from "zod";
import { ROLES, type Role } from "@/lib/shared/auth/roles";

// The Users page's forms and the /api/users and /api/session handlers: one schema per input.

export const MIN_PASSWORD = 10;

export const userName = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/, "1–64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");

const password = z.string().min(MIN_PASSWORD, `At least ${MIN_PASSWORD} characters`).max(1024, "At most 1024 characters");
/** An empty password field means "send a one-time setup link instead". */
const optionalPassword = z.preprocess((v) => (v === "" ? undefined : v), password.optional());

export const addUserBody = z.strictObject({
  name: userName,
  role: z.enum(ROLES),
  password: optionalPassword,
});
export type AddUserBody = z.infer<typeof addUserBody>;

/** PATCH /api/users/[name]: the role, or enabled/disabled (disabling ends the user's sessions). */
export const updateUserBody = z
  .strictObject({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() })
  .refine((b) => b.role !== undefined || b.disabled !== undefined, "Send a role or disabled");

export const resetPasswordBody = z.strictObject({ password: optionalPassword });

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1, "Give the token a name").max(64, "At most 64 characters"),
});

export const rowId = z.coerce.number().int().positive();

export interface UserView {
  id: number;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: number;
  passwordSet: boolean;
}

export interface SessionView {
  id: number;
  address: string | null;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

export interface TokenView {
  id: number;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
}

/** GET /api/session: who this browser is signed in as. */
export interface SessionInfo {
  mode: "local" | "team";
  name: string;
  role: Role;
  /** True when the caller has an account (team mode): it may keep API tokens of its own. */
  account: boolean;
}
