import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { recordAudit } from "@/lib/server/audit/audit-log";
import { SIGN_IN_ROUTES } from "@/lib/shared/auth/access-table";
import type { OidcConfig } from "@/lib/shared/schemas/oidc-config";
import { cookieValue } from "./authenticate";
import { berthOrigin, finishSignIn, startSignIn } from "./oidc-client";
import { oidcDetail as detail } from "./oidc-audit";
import { describeOidcError } from "./oidc-errors";
import { keepIdToken } from "./oidc-logout";
import { oidcContinueHtml, oidcRefusedHtml } from "./oidc-pages";
import { roleFromClaims } from "./oidc-roles";
import { clearPendingCookie, OIDC_STATE_COOKIE, OIDC_STATE_MAX_AGE_S, openPending, pendingCookie, sealPending } from "./oidc-state";
import { findOidcAccount, signInOidcAccount } from "./oidc-users";
import { createSession } from "./sessions";
import { safeNext } from "./sign-in";

// Single sign-on's two stops, served by server.ts's gate before any session exists (SIGN_IN_ROUTES in the access
// table; the Host check runs before them like before everything): GET /login/oidc sends the browser to the
// provider, GET /login/oidc/callback is where it comes back. Every outcome is a page in words and an audit row
// with source oidc; nothing of the client secret, the code or the tokens is logged or shown.

export const OIDC_START_PATH = "/login/oidc";
export const OIDC_CALLBACK_PATH = "/login/oidc/callback";

type Send = (res: ServerResponse, status: number, headers: Record<string, string>, body: string) => void;

const html = { "Content-Type": "text/html; charset=utf-8", "Referrer-Policy": "same-origin" };

/** The path, when every reading of it is one of single sign-on's routes for this method. */
export function oidcRoute(method: string, readings: string[]): string | undefined {
  const first = readings[0];
  if (!first || !readings.every((p) => p === first)) return undefined;
  return [OIDC_START_PATH, OIDC_CALLBACK_PATH].includes(first) && SIGN_IN_ROUTES[`${method === "HEAD" ? "GET" : method} ${first}`] ? first : undefined;
}

export async function handleOidc(
  req: IncomingMessage,
  res: ServerResponse,
  send: Send,
  sessionCookie: (value: string) => string,
  config: OidcConfig,
  path: string,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://berth.invalid");
  const address = req.socket.remoteAddress;
  const origin = berthOrigin(config, req.headers.host);
  const secure = origin.startsWith("https:");

  if (path === OIDC_START_PATH) {
    const next = safeNext(url.searchParams.get("next"));
    const redirectUri = `${origin}${OIDC_CALLBACK_PATH}`;
    try {
      const started = await startSignIn(config, redirectUri);
      const sealed = sealPending({ state: started.state, nonce: started.nonce, verifier: started.verifier, redirectUri, next, expires: Date.now() + OIDC_STATE_MAX_AGE_S * 1000 });
      return send(res, 303, { Location: started.url.href, "Set-Cookie": pendingCookie(sealed, { secure }) }, "");
    } catch (err) {
      const why = describeOidcError(err, "start");
      console.error(`[berth] single sign-on could not start: ${why.log}`);
      // Not yet anyone's sign-in, but an attempt to get in all the same: the audit log of logins keeps it.
      recordAudit({ actor: "(oidc)", address, verb: "login-failed", resource: "user (oidc)", outcome: "failed", status: why.status, detail: detail(config, `could not start: ${why.log}`) });
      return send(res, why.status, html, oidcRefusedHtml({ title: why.title, message: why.message, next }));
    }
  }

  // The callback: whatever happens, the pending sign-in is used up.
  const headers = { ...html, "Set-Cookie": clearPendingCookie({ secure }) };
  const pending = openPending(cookieValue(req.headers.cookie, OIDC_STATE_COOKIE));
  const refuse = (status: number, message: string, why: string, actor = "(oidc)", title = "Sign-in refused") => {
    // A provider out of reach (5xx) is a failure; anything else a refusal.
    const outcome = status >= 500 ? "failed" : "refused";
    recordAudit({ actor, address, verb: "login-failed", resource: `user ${actor}`, outcome, status, detail: detail(config, why) });
    return send(res, status, headers, oidcRefusedHtml({ title, message, next: pending?.next ?? "/" }));
  };
  if (!pending) {
    return refuse(400, "This sign-in has expired or was started in another browser (or before Berth restarted). Start it again.", "no pending sign-in in this browser");
  }
  let identity;
  try {
    // The URL the provider sent the browser to: the redirect URI as sent, with the answer's query.
    identity = await finishSignIn(config, new URL(`${pending.redirectUri}${url.search}`), pending);
  } catch (err) {
    const why = describeOidcError(err, "callback");
    console.error(`[berth] single sign-on refused: ${why.log}`);
    return refuse(why.status, why.message, why.log, "(oidc)", why.title);
  }
  const claims = identity.claims;
  const names = [claims.preferred_username, claims.email, claims.name].map((v) => (typeof v === "string" ? v : undefined));
  const role = roleFromClaims(claims, config.roles);
  if (!role) {
    const known = findOidcAccount(identity.issuer, identity.subject);
    const who = known?.name ?? names.find(Boolean) ?? identity.subject;
    return refuse(403, `Your account at ${config.label} is not in a group that may use Berth (claim "${config.roles.claim}"). Ask an admin to add you.`, `no role: claim ${config.roles.claim} has no admin or operator value`, who);
  }
  const account = signInOidcAccount({ issuer: identity.issuer, subject: identity.subject, names }, role);
  if (account.disabled) return refuse(403, "This Berth account is disabled. Ask an admin to enable it.", "account disabled", account.name);

  recordAudit({ actor: account.name, role: account.role, address, verb: "login", resource: `user ${account.name}`, outcome: "ok", detail: detail(config, account.created ? "account created" : undefined) });
  const session = createSession("team", { userId: account.id, address });
  if (identity.idToken) keepIdToken(session, identity.idToken);
  res.setHeader("Set-Cookie", [clearPendingCookie({ secure }), sessionCookie(session)]);
  return send(res, 200, html, oidcContinueHtml(pending.next));
}
