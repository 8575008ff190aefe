import "server-only";
import { randomBytes } from "node:crypto";

/**
 * A CSP for every response. Scripts run only from our origin or with this response's nonce (Next reads
 * the nonce from the request's CSP header and stamps it on the scripts it inlines), so a container name
 * or log line that slipped into HTML could not run. Styles allow inline attributes, which React uses.
 */
export function contentSecurityPolicy(nonce: string, opts: { formActions?: string[] } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    // Browsers hold a form's redirects to this too: the sign-out form names the provider it may send one on to.
    ["form-action 'self'", ...(opts.formActions ?? [])].join(" "),
    "frame-ancestors 'none'",
  ].join("; ");
}

export function newNonce(): string {
  return randomBytes(16).toString("base64");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
};
