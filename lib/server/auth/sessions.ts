import "server-only";
import { store } from "@/lib/server/store/db";
import { isRole, type Principal } from "@/lib/shared/auth/roles";
import { newSecret, secretHash } from "./secrets";

export const SESSION_COOKIE = "berth_session";
/** A browser session lasts this long from sign-in, and is dropped after this long unused. */
export const SESSION_MAX_AGE_MS = 7 * 24 * 3600_000;
export const SESSION_IDLE_MS = 24 * 3600_000;

export type SessionKind = "local" | "team";

/** Opens a session and returns the cookie value (shown only to the browser it is set in). */
export function createSession(kind: SessionKind, opts: { userId?: number; address?: string; now?: number } = {}): string {
  const now = opts.now ?? Date.now();
  const secret = newSecret();
  store()
    .prepare(
      "INSERT INTO sessions (id_hash, kind, user_id, address, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    )
    .run(secretHash(secret), kind, opts.userId ?? null, opts.address ?? null, now, now + SESSION_MAX_AGE_MS, now);
  return secret;
}

interface SessionRow {
  kind: SessionKind;
  user_id: number | null;
  expires_at: number;
  last_seen_at: number;
  name: string | null;
  role: string | null;
  disabled: number | null;
}

/** Who holds this cookie value, if its session is open, unexpired, of this mode, and (team) its account enabled. */
export function sessionPrincipal(secret: string, kind: SessionKind, now = Date.now()): Principal | null {
  const db = store();
  const hash = secretHash(secret);
  const row = db
    .prepare(
      `SELECT s.kind, s.user_id, s.expires_at, s.last_seen_at, u.name, u.role, u.disabled
       FROM sessions s LEFT JOIN users u ON u.id = s.user_id
       WHERE s.id_hash = ? AND s.revoked_at IS NULL`,
    )
    .get(hash) as SessionRow | undefined;
  if (!row || row.kind !== kind || row.expires_at <= now || row.last_seen_at + SESSION_IDLE_MS <= now) return null;
  // One write a minute at most per session, not one per request.
  if (now - row.last_seen_at > 60_000) db.prepare("UPDATE sessions SET last_seen_at = ? WHERE id_hash = ?").run(now, hash);
  if (kind === "local") return { name: "local", role: "admin", via: "session" };
  if (row.user_id === null || row.disabled || !isRole(row.role)) return null;
  return { name: row.name!, role: row.role, via: "session", userId: row.user_id };
}

/** What ending a session also forgets: the provider's sealed ID token (single sign-on), needed only while it is open. */
export const FORGET_ID_TOKEN = "id_token_iv = NULL, id_token = NULL, id_token_tag = NULL";

export function revokeSession(secret: string, now = Date.now()): void {
  store().prepare(`UPDATE sessions SET revoked_at = ?, ${FORGET_ID_TOKEN} WHERE id_hash = ? AND revoked_at IS NULL`).run(now, secretHash(secret));
}
