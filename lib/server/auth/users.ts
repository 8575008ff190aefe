import "server-only";
import { store } from "@/lib/server/store/db";
import { isRole, type Role } from "@/lib/shared/auth/roles";
import { ApiError } from "@/lib/shared/errors";
import { hashPassword, verifyPassword, weakPassword } from "./passwords";

// Team mode's accounts. Names are case-insensitive and unique; a password is only ever kept as its scrypt hash.

export interface User {
  id: number;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: number;
  /** False while the account waits for its one-time setup link to be used. */
  passwordSet: boolean;
}

interface UserRow {
  id: number;
  name: string;
  role: string;
  disabled: number;
  created_at: number;
  password_hash: string | null;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

function toUser(row: UserRow): User {
  return {
    id: row.id,
    name: row.name,
    role: isRole(row.role) ? row.role : "viewer",
    disabled: Boolean(row.disabled),
    createdAt: row.created_at,
    passwordSet: row.password_hash !== null,
  };
}

export function userCount(): number {
  return (store().prepare("SELECT COUNT(*) AS n FROM users").get() as { n: number }).n;
}

export function listUsers(): User[] {
  return (store().prepare("SELECT * FROM users ORDER BY name").all() as UserRow[]).map(toUser);
}

export function findUser(name: string): User | undefined {
  const row = store().prepare("SELECT * FROM users WHERE name = ?").get(name) as UserRow | undefined;
  return row && toUser(row);
}

/** Without a password the account cannot sign in until a setup link (user-admin.ts) is used. */
export async function addUser(name: string, role: Role, password: string | undefined): Promise<User> {
  if (!NAME.test(name)) throw new ApiError("invalid_request", "A user name is 1–64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit", { fields: { name: "letters, digits, . _ @ -" } });
  if (!isRole(role)) throw new ApiError("invalid_request", "role must be viewer, operator or admin", { fields: { role: "viewer, operator or admin" } });
  const weak = password === undefined ? undefined : weakPassword(password);
  if (weak) throw new ApiError("invalid_request", `Refused: ${weak}`, { fields: { password: weak } });
  if (findUser(name)) throw new ApiError("conflict", `A user named ${name} exists already`, { fields: { name: "taken" } });
  const hash = password === undefined ? null : await hashPassword(password);
  const info = store().prepare("INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)").run(name, role, hash, Date.now());
  return findUserById(Number(info.lastInsertRowid))!;
}

export function findUserById(id: number): User | undefined {
  const row = store().prepare("SELECT * FROM users WHERE id = ?").get(id) as UserRow | undefined;
  return row && toUser(row);
}

/** The account these credentials open, if any (disabled accounts open nothing). */
export async function checkCredentials(name: string, password: string): Promise<User | undefined> {
  const row = store().prepare("SELECT * FROM users WHERE name = ?").get(name) as UserRow | undefined;
  const ok = await verifyPassword(password, row?.password_hash);
  return ok && row && !row.disabled ? toUser(row) : undefined;
}
