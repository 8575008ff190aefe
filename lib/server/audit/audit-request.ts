import "server-only";
import type { NextRequest } from "next/server";
import { authenticate } from "@/lib/server/auth/authenticate";
import { readConfig } from "@/lib/server/config";
import { isSafeMethod } from "@/lib/server/security/request-policy";
import { CLIENT_ADDRESS_HEADER } from "@/lib/server/security/http-gate";
import { routeAccess } from "@/lib/shared/auth/access-table";
import type { Principal } from "@/lib/shared/auth/roles";
import { recordAudit, type AuditEntry } from "./audit-log";

const config = readConfig();

/** The caller's address as server.ts's gate saw it on the socket. */
function address(req: NextRequest): string | undefined {
  return req.headers.get(CLIENT_ADDRESS_HEADER) || undefined;
}

/**
 * One audit row per mutation through the route wrapper (every method but GET/HEAD/OPTIONS), allowed or refused:
 * who (`principal`; undefined = find out from the headers; null = nobody, not logged — strangers are stopped at the
 * gate and would only fill the disk), the route and path (never the query or body), and the status it ended with.
 */
export function auditMutation(req: NextRequest, principal: Principal | null | undefined, status: number, code?: string): void {
  if (isSafeMethod(req.method)) return;
  const who = principal === undefined ? authenticate(req.headers, config) : principal;
  if (!who) return;
  const path = req.nextUrl.pathname;
  recordAudit({
    actor: who.name,
    role: who.role,
    address: address(req),
    verb: routeAccess(req.method, path)?.key ?? `${req.method.toUpperCase()} ${path}`,
    resource: path,
    outcome: status < 400 ? "ok" : status < 500 && status !== 499 ? "refused" : "failed",
    status,
    detail: code,
  });
}

/**
 * For a mutation that acts on many things later (a bulk task): one row per thing as its outcome lands. The caller's
 * address is read now, while the request is at hand.
 */
export function auditParts(req: NextRequest, principal: Principal | null) {
  const from = address(req);
  return (part: Pick<AuditEntry, "verb" | "resource" | "outcome" | "detail">): void => {
    if (principal) recordAudit({ actor: principal.name, role: principal.role, address: from, ...part });
  };
}
