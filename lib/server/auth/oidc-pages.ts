import "server-only";
import { escapeHtml, shell } from "./auth-pages";

// The pages single sign-on shows itself: a refusal in words (never a stack or a 500), and the short stop after
// a successful sign-in. That stop exists because of SameSite=Strict: the provider's redirect back is a cross-site
// navigation, and whatever it redirects to next is too, so the new session cookie would not be sent. A page of
// Berth's own that moves on (meta refresh, no script needed) starts a same-site navigation, which sends it.

export function oidcRefusedHtml(opts: { title: string; message: string; next: string }): string {
  const again = `/login/oidc?next=${encodeURIComponent(opts.next)}`;
  return shell(
    "sign-in refused",
    `<h1>${escapeHtml(opts.title)}</h1>
<p role="alert" class="err">${escapeHtml(opts.message)}</p>
<p><a href="${escapeHtml(again)}">Start the sign-in again</a> · <a href="/login?next=${escapeHtml(encodeURIComponent(opts.next))}">Back to the sign-in page</a></p>`,
  );
}

export function oidcContinueHtml(next: string): string {
  return shell(
    "signed in",
    `<meta http-equiv="refresh" content="0;url=${escapeHtml(next)}">
<h1>Signed in</h1>
<p><a href="${escapeHtml(next)}">Continue to Berth</a></p>`,
  );
}
