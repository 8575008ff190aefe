import "server-only";
import { store } from "@/lib/server/store/db";

// Berth's audit log: who did what, when, from where, and how it ended. Append-only (the table refuses UPDATE and
// DELETE). What goes in is a verb and a resource path — never a body, a query, a password, a token or an env value.

export interface AuditEntry {
  actor: string;
  role?: string;
  address?: string;
  /** `POST /api/containers/[id]/[action]`, `login`, `login-failed`, `terminal-start`… */
  verb: string;
  /** What it was done to: the request path (no query), a user name, a container. */
  resource: string;
  outcome: "ok" | "refused" | "failed";
  status?: number;
  /** A short note: the engine's refusal, a login's reason. Never a secret. */
  detail?: string;
}

export interface AuditRow extends AuditEntry {
  id: number;
  at: number;
}

type Listener = (row: AuditRow) => void;
const LISTENERS_KEY = Symbol.for("berth.audit.listeners");

/** Live subscribers (the socket server pushes new rows to admins' /audit screens). Process-wide across module copies. */
export function auditListeners(): Set<Listener> {
  const g = globalThis as { [LISTENERS_KEY]?: Set<Listener> };
  g[LISTENERS_KEY] ??= new Set();
  return g[LISTENERS_KEY];
}

const clip = (s: string | undefined, n: number) => (s === undefined ? null : s.length > n ? `${s.slice(0, n)}…` : s);

export function recordAudit(entry: AuditEntry, at = Date.now()): void {
  try {
    const info = store()
      .prepare("INSERT INTO audit_log (at, actor, role, address, verb, resource, outcome, status, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
      .run(at, clip(entry.actor, 128), entry.role ?? null, clip(entry.address, 64), clip(entry.verb, 128), clip(entry.resource, 512), entry.outcome, entry.status ?? null, clip(entry.detail, 300));
    const row: AuditRow = { ...entry, id: Number(info.lastInsertRowid), at };
    for (const listener of auditListeners()) listener(row);
  } catch (err) {
    // The action already happened; losing its row is Berth's bug, logged, not the caller's failure.
    console.error("[berth] could not write the audit log:", err);
  }
}
