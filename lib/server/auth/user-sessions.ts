import "server-only";
import { store } from "@/lib/server/store/db";
import { ApiError } from "@/lib/shared/errors";
import type { SessionView, TokenView } from "@/lib/shared/schemas/users";
import { FORGET_ID_TOKEN } from "./sessions";

// An account's open browser sessions and live API tokens, as the Users page lists them: by row id and dates only —
// never a cookie, a token or their hashes.

export type { SessionView, TokenView };

export function listUserSessions(userId: number, now = Date.now()): SessionView[] {
  return store()
    .prepare(
      `SELECT rowid AS id, address, created_at AS createdAt, last_seen_at AS lastSeenAt, expires_at AS expiresAt FROM sessions
       WHERE user_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY last_seen_at DESC`,
    )
    .all(userId, now) as SessionView[];
}

export function revokeUserSession(userId: number, id: number, now = Date.now()): void {
  const info = store().prepare(`UPDATE sessions SET revoked_at = ?, ${FORGET_ID_TOKEN} WHERE rowid = ? AND user_id = ? AND revoked_at IS NULL`).run(now, id, userId);
  if (info.changes === 0) throw new ApiError("not_found", `No open session ${id} for this user`);
}

export function revokeUserSessions(userId: number, now = Date.now()): number {
  return store().prepare(`UPDATE sessions SET revoked_at = ?, ${FORGET_ID_TOKEN} WHERE user_id = ? AND revoked_at IS NULL`).run(now, userId).changes;
}

export function listUserTokens(userId: number): TokenView[] {
  return store()
    .prepare(
      `SELECT id, name, created_at AS createdAt, last_used_at AS lastUsedAt FROM api_tokens
       WHERE user_id = ? AND revoked_at IS NULL ORDER BY created_at DESC`,
    )
    .all(userId) as TokenView[];
}

export function revokeUserToken(userId: number, id: number, now = Date.now()): void {
  const info = store().prepare("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL").run(now, id, userId);
  if (info.changes === 0) throw new ApiError("not_found", `No live API token ${id} for this user`);
}
