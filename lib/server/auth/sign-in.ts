import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { recordAudit } from "@/lib/server/audit/audit-log";
import { contentSecurityPolicy, newNonce } from "@/lib/server/security/headers";
import { ApiError } from "@/lib/shared/errors";
import { inviteHtml, signInHtml, signOutHtml } from "./auth-pages";
import { setupLinkUser, redeemSetupLink } from "./user-admin";
import { cookieValue } from "./authenticate";
import { loginBlockedFor, recordLoginFailure } from "./login-limit";
import { providerSignOut, sessionIdToken } from "./oidc-logout";
import { revokeSession, SESSION_COOKIE, createSession } from "./sessions";
import { consumeSetupToken, isSetupToken } from "./setup-token";
import { addUser, checkCredentials } from "./users";
import type { Principal } from "@/lib/shared/auth/roles";

// Team mode's sign-in, served by server.ts's gate (it is how a browser gets past it): GET /login shows the form
// (or the first-admin form for a setup link), POST /login checks the password — rate-limited per account and per
// address — and sets the session cookie; POST /logout ends the session (and, after a single sign-on, sends the
// browser on to end the provider's too: oidc-logout.ts). Every attempt leaves an audit row.

const MAX_FORM_BYTES = 8 * 1024;

type Send = (res: ServerResponse, status: number, headers: Record<string, string>, body: string) => void;

/** Where to go after signing in: a path on this server only (`/x`, never `//evil` or `https://…`). */
export function safeNext(next: string | null | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_FORM_BYTES) {
        reject(new ApiError("too_large", "The sign-in form is at most 8 KiB"));
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => resolve(new URLSearchParams(Buffer.concat(chunks).toString("utf8"))));
    req.on("error", reject);
  });
}

// `same-origin`, not Berth's usual `no-referrer`: under no-referrer Chromium sends `Origin: null` with a form's POST,
// which the cross-origin check rightly refuses. These pages link nowhere else, so nothing leaks.
const html = { "Content-Type": "text/html; charset=utf-8", "Referrer-Policy": "same-origin" };

export async function handleSignIn(
  req: IncomingMessage,
  res: ServerResponse,
  send: Send,
  cookie: (value: string) => string,
  principal: Principal | null,
  /** The client's address (a trusted proxy's X-Forwarded-For, else the peer): audit rows and the rate limit. */
  address: string | undefined,
): Promise<void> {
  const url = new URL(req.url ?? "/", "http://berth.invalid");
  const method = (req.method ?? "GET").toUpperCase();

  if (url.pathname === "/logout") {
    const current = cookieValue(req.headers.cookie, SESSION_COOKIE);
    // A single sign-on session ends at the provider too (RP-initiated logout), with the ID token it keeps.
    const idToken = current && principal?.via === "session" ? sessionIdToken(current) : undefined;
    const atProvider = idToken ? await providerSignOut(idToken, req.headers.host) : undefined;
    // GET shows the button (POST only ends a session: no state-changing GET). Its form may be sent on to the provider.
    if (method !== "POST") {
      const formActions = atProvider?.url ? [atProvider.url.origin] : [];
      return send(res, 200, { ...html, "Content-Security-Policy": contentSecurityPolicy(newNonce(), { formActions }) }, signOutHtml({ provider: atProvider?.url && atProvider.label }));
    }
    if (current) revokeSession(current);
    if (principal) recordAudit({ actor: principal.name, role: principal.role, address, verb: "logout", resource: "session", outcome: "ok", detail: atProvider?.detail });
    return send(res, 303, { Location: atProvider?.url?.href ?? "/login", "Set-Cookie": `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0` }, "");
  }

  if (method === "GET" || method === "HEAD") {
    const next = safeNext(url.searchParams.get("next"));
    if (principal) return send(res, 303, { Location: next }, "");
    const invite = url.searchParams.get("invite");
    if (invite !== null) {
      const invited = setupLinkUser(invite);
      if (!invited) return send(res, 401, html, signInHtml({ next, error: "That link was used already, has expired, or is not this Berth's." }));
      return send(res, 200, html, inviteHtml({ name: invited.name, invite }));
    }
    const setup = url.searchParams.get("setup");
    if (setup !== null && !isSetupToken(setup)) return send(res, 401, html, signInHtml({ next, error: "That setup link was used already, or is not this Berth's." }));
    return send(res, 200, html, signInHtml({ next, setupToken: setup ?? undefined }));
  }
  if (method !== "POST") return send(res, 405, { Allow: "GET, POST", ...html }, signInHtml({ next: "/" }));

  let form: URLSearchParams;
  try {
    form = await readForm(req);
  } catch {
    return send(res, 413, html, signInHtml({ next: "/", error: "The form was too large." }));
  }
  const name = (form.get("name") ?? "").trim();
  const password = form.get("password") ?? "";
  const next = safeNext(form.get("next"));
  const setup = form.get("setup");

  const invite = form.get("invite");
  if (invite !== null) {
    const invited = setupLinkUser(invite);
    if (!invited) return send(res, 401, html, signInHtml({ next, error: "That link was used already, has expired, or is not this Berth's." }));
    try {
      const user = await redeemSetupLink(invite, password);
      recordAudit({ actor: user.name, role: user.role, address, verb: "password-set", resource: `user ${user.name}`, outcome: "ok" });
      return send(res, 303, { Location: next, "Set-Cookie": cookie(createSession("team", { userId: user.id, address })) }, "");
    } catch (err) {
      const message = err instanceof ApiError ? err.message : "Could not set the password";
      return send(res, 400, html, inviteHtml({ name: invited.name, invite, error: message }));
    }
  }

  if (setup !== null) {
    if (!isSetupToken(setup)) return send(res, 401, html, signInHtml({ next, error: "That setup link was used already, or is not this Berth's." }));
    try {
      const user = await addUser(name, "admin", password);
      consumeSetupToken();
      recordAudit({ actor: user.name, role: "admin", address, verb: "setup", resource: `user ${user.name}`, outcome: "ok" });
      return send(res, 303, { Location: next, "Set-Cookie": cookie(createSession("team", { userId: user.id, address })) }, "");
    } catch (err) {
      const message = err instanceof ApiError ? err.message : "Could not create the account";
      return send(res, 400, html, signInHtml({ next, setupToken: setup, error: message }));
    }
  }

  const wait = loginBlockedFor(name, address);
  if (wait > 0) {
    recordAudit({ actor: name || "(no name)", address, verb: "login-failed", resource: `user ${name}`, outcome: "refused", status: 429, detail: "too many failed sign-ins" });
    return send(res, 429, { "Retry-After": String(wait), ...html }, signInHtml({ next, error: `Too many failed sign-ins for this account or address: try again in ${wait} s.` }));
  }
  const user = name && password ? await checkCredentials(name, password) : undefined;
  if (!user) {
    recordLoginFailure(name, address);
    recordAudit({ actor: name || "(no name)", address, verb: "login-failed", resource: `user ${name}`, outcome: "refused", status: 401, detail: "wrong name or password" });
    return send(res, 401, html, signInHtml({ next, error: "Wrong name or password." }));
  }
  recordAudit({ actor: user.name, role: user.role, address, verb: "login", resource: `user ${user.name}`, outcome: "ok" });
  return send(res, 303, { Location: next, "Set-Cookie": cookie(createSession("team", { userId: user.id, address })) }, "");
}
