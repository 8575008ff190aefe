import "server-only";
import { store } from "@/lib/server/store/db";
import type { Role } from "@/lib/shared/auth/roles";
import { ApiError } from "@/lib/shared/errors";
import { hashPassword, weakPassword } from "./passwords";
import { newSecret, secretHash } from "./secrets";
import { revokeUserSessions } from "./user-sessions";
import { findUser, type User } from "./users";

// What an admin does to accounts (the Users page, its API and the CLI). Berth never ends up without an enabled
// admin: the last one cannot be demoted or disabled (409), else nobody could manage accounts again but the shell.

/** A one-time password link lasts a day. */
export const SETUP_LINK_MS = 24 * 3600_000;

export function requireUser(name: string): User {
  const user = findUser(name);
  if (!user) throw new ApiError("not_found", `No user named ${name}`);
  return user;
}

function enabledAdminsBesides(id: number): number {
  return (store().prepare("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled = 0 AND id != ?").get(id) as { n: number }).n;
}

function keepAnAdmin(user: User, what: string): void {
  if (user.role === "admin" && !user.disabled && enabledAdminsBesides(user.id) === 0) {
    throw new ApiError("conflict", `Refused to ${what} ${user.name}: it is the last enabled admin, and Berth needs one to manage accounts`);
  }
}

export function setRole(name: string, role: Role): User {
  const user = requireUser(name);
  if (role !== "admin") keepAnAdmin(user, "demote");
  store().prepare("UPDATE users SET role = ? WHERE id = ?").run(role, user.id);
  return requireUser(name);
}

/** Disabling ends the account's sessions at once (its API tokens stop working while it stays disabled). */
export function setDisabled(name: string, disabled: boolean): User {
  const user = requireUser(name);
  if (disabled) keepAnAdmin(user, "disable");
  store().prepare("UPDATE users SET disabled = ? WHERE id = ?").run(disabled ? 1 : 0, user.id);
  if (disabled) revokeUserSessions(user.id);
  return requireUser(name);
}

/** A new password set by an admin: the old one and every open session of the account end. */
export async function setPassword(name: string, password: string): Promise<User> {
  const user = requireUser(name);
  const weak = weakPassword(password);
  if (weak) throw new ApiError("invalid_request", `Refused: ${weak}`, { fields: { password: weak } });
  const hash = await hashPassword(password);
  store().prepare("UPDATE users SET password_hash = ?, setup_hash = NULL, setup_expires_at = NULL WHERE id = ?").run(hash, user.id);
  revokeUserSessions(user.id);
  return user;
}

/**
 * A one-time link token for the account to choose its own password (the old password stops working and its
 * sessions end). Only its hash is kept; the token is returned once, to be passed on.
 */
export function issueSetupToken(name: string, now = Date.now()): string {
  const user = requireUser(name);
  const token = newSecret();
  store()
    .prepare("UPDATE users SET password_hash = NULL, setup_hash = ?, setup_expires_at = ? WHERE id = ?")
    .run(secretHash(token), now + SETUP_LINK_MS, user.id);
  revokeUserSessions(user.id);
  return token;
}

/** The account a setup link opens, if it is unused, unexpired and the account enabled. */
export function setupLinkUser(token: string, now = Date.now()): User | undefined {
  const row = store()
    .prepare("SELECT name FROM users WHERE setup_hash = ? AND setup_expires_at > ? AND disabled = 0")
    .get(secretHash(token), now) as { name: string } | undefined;
  return row && findUser(row.name);
}

/** Sets the password chosen through a setup link, which is then used up. */
export async function redeemSetupLink(token: string, password: string): Promise<User> {
  const user = setupLinkUser(token);
  if (!user) throw new ApiError("unauthorized", "That link was used already, has expired, or is not this Berth's");
  await setPassword(user.name, password);
  return user;
}
