import "server-only";
import { store } from "@/lib/server/store/db";
import { isRole, type Principal } from "@/lib/shared/auth/roles";
import { newSecret, secretHash } from "./secrets";

// Per-user API tokens (team mode): shown once when made, kept as their hash, revocable.

const PREFIX = "berth_";

export function createApiToken(userId: number, name: string, now = Date.now()): { id: number; token: string } {
  const token = `${PREFIX}${newSecret()}`;
  const info = store()
    .prepare("INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES (?, ?, ?, ?)")
    .run(userId, name, secretHash(token), now);
  return { id: Number(info.lastInsertRowid), token };
}

export function tokenPrincipal(token: string, now = Date.now()): Principal | null {
  if (!token.startsWith(PREFIX)) return null;
  const db = store();
  const row = db
    .prepare(
      `SELECT t.id, u.id AS user_id, u.name, u.role, u.disabled FROM api_tokens t JOIN users u ON u.id = t.user_id
       WHERE t.token_hash = ? AND t.revoked_at IS NULL`,
    )
    .get(secretHash(token)) as { id: number; user_id: number; name: string; role: string; disabled: number } | undefined;
  if (!row || row.disabled || !isRole(row.role)) return null;
  db.prepare("UPDATE api_tokens SET last_used_at = ? WHERE id = ?").run(now, row.id);
  return { name: row.name, role: row.role, via: "token", userId: row.user_id };
}
