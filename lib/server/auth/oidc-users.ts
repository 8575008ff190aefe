import "server-only";
import { store } from "@/lib/server/store/db";
import type { Role } from "@/lib/shared/auth/roles";

// The account a provider's identity opens. It is found by issuer + subject only — never by name or e-mail, which
// a provider lets its users choose, so an identity can never take over a local account that happens to share a
// name. The first sign-in makes the account (source 'oidc', no password); each later one sets its role from the
// claims again. A disabled account stays disabled whatever the provider says.

export interface OidcIdentity {
  issuer: string;
  subject: string;
  /** Names the provider offered, best first (preferred_username, email, …); the first free valid one is used. */
  names: (string | undefined)[];
}

export type OidcAccount = { id: number; name: string; role: Role; disabled: boolean; created: boolean };

const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** A provider's name as a Berth user name: what the name rules allow, or undefined. */
export function cleanName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const name = raw
    .trim()
    .replace(/[^A-Za-z0-9._@-]+/g, "-")
    .replace(/^[^A-Za-z0-9]+/, "")
    .slice(0, 64);
  return NAME.test(name) ? name : undefined;
}

interface Row {
  id: number;
  name: string;
  role: Role;
  disabled: number;
}

function nameTaken(name: string): boolean {
  return store().prepare("SELECT 1 FROM users WHERE name = ?").get(name) !== undefined;
}

/** The first of `names` no account has yet, else the first with `-2`, `-3`…; `oidc-<subject>` if none is usable. */
function freeName(identity: OidcIdentity): string {
  const offered = identity.names.map(cleanName).filter((n): n is string => Boolean(n));
  const candidates = offered.length ? offered : [cleanName(`oidc-${identity.subject}`) ?? "oidc-user"];
  for (const name of candidates) if (!nameTaken(name)) return name;
  const base = candidates[0]!.slice(0, 58);
  for (let i = 2; ; i++) if (!nameTaken(`${base}-${i}`)) return `${base}-${i}`;
}

/** Finds (or makes) the account of this identity and gives it `role`. */
export function signInOidcAccount(identity: OidcIdentity, role: Role, now = Date.now()): OidcAccount {
  const db = store();
  return db.transaction((): OidcAccount => {
    const found = db.prepare("SELECT id, name, role, disabled FROM users WHERE oidc_issuer = ? AND oidc_subject = ?").get(identity.issuer, identity.subject) as Row | undefined;
    if (found) {
      if (!found.disabled && found.role !== role) db.prepare("UPDATE users SET role = ? WHERE id = ?").run(role, found.id);
      return { id: found.id, name: found.name, role: found.disabled ? found.role : role, disabled: Boolean(found.disabled), created: false };
    }
    const name = freeName(identity);
    const info = db
      .prepare("INSERT INTO users (name, role, password_hash, created_at, source, oidc_issuer, oidc_subject) VALUES (?, ?, NULL, ?, 'oidc', ?, ?)")
      .run(name, role, now, identity.issuer, identity.subject);
    return { id: Number(info.lastInsertRowid), name, role, disabled: false, created: true };
  })();
}

/** The account of this identity, if it has signed in before (to refuse a disabled one whose role maps to none). */
export function findOidcAccount(issuer: string, subject: string): { name: string; disabled: boolean } | undefined {
  const row = store().prepare("SELECT name, disabled FROM users WHERE oidc_issuer = ? AND oidc_subject = ?").get(issuer, subject) as Row | undefined;
  return row && { name: row.name, disabled: Boolean(row.disabled) };
}
