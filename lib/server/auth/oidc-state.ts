import "server-only";
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { processWide } from "@/lib/server/process-state";

// What a sign-in with the provider must remember between leaving Berth and coming back — state, nonce, the PKCE
// verifier, the redirect URI sent, where to go after — kept in the browser that started it, in a short-lived
// HttpOnly cookie scoped to /login/oidc, signed with a key that lives only in this process (a restart just means
// "start again"). SameSite=Lax, not Strict: the provider's redirect back is a cross-site top-level navigation, and
// Lax cookies are sent on those (GET only) while Strict ones are not.

export const OIDC_STATE_COOKIE = "berth_oidc";
export const OIDC_COOKIE_PATH = "/login/oidc";
export const OIDC_STATE_MAX_AGE_S = 600;

export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  redirectUri: string;
  next: string;
  /** ms since the epoch after which it is refused. */
  expires: number;
}

function signingKey(): Buffer {
  return processWide("oidc-state-key", () => randomBytes(32));
}

function mac(payload: string): string {
  return createHmac("sha256", signingKey()).update(payload).digest("base64url");
}

export function sealPending(pending: PendingSignIn): string {
  const payload = Buffer.from(JSON.stringify(pending)).toString("base64url");
  return `${payload}.${mac(payload)}`;
}

/** The pending sign-in in this cookie value, if it is ours, untampered and unexpired. */
export function openPending(value: string | undefined, now = Date.now()): PendingSignIn | undefined {
  if (!value) return undefined;
  const dot = value.indexOf(".");
  if (dot <= 0) return undefined;
  const payload = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(mac(payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const pending = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as PendingSignIn;
    return typeof pending.expires === "number" && pending.expires > now ? pending : undefined;
  } catch {
    return undefined;
  }
}

export function pendingCookie(value: string, opts: { secure: boolean }): string {
  return `${OIDC_STATE_COOKIE}=${value}; Path=${OIDC_COOKIE_PATH}; HttpOnly; SameSite=Lax; Max-Age=${OIDC_STATE_MAX_AGE_S}${opts.secure ? "; Secure" : ""}`;
}

export function clearPendingCookie(opts: { secure: boolean }): string {
  return `${OIDC_STATE_COOKIE}=; Path=${OIDC_COOKIE_PATH}; HttpOnly; SameSite=Lax; Max-Age=0${opts.secure ? "; Secure" : ""}`;
}
