import "server-only";
import * as client from "openid-client";

// What went wrong with a sign-in at the provider, twice over: in words for the person signing in, and one line for
// the log. Neither ever carries the error's attached data (it can hold the code, the expected state, the
// provider's response body): only messages, clipped.

export interface OidcFailure {
  status: number;
  message: string;
  log: string;
}

function clip(text: unknown, max = 200): string {
  const s = String(text ?? "").replace(/\s+/g, " ");
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

/** The messages down an error's cause chain ("invalid response encountered: unexpected "state" …"). */
function chain(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 4; e = e.cause, depth++) {
    const code = codeOf(e);
    parts.push(code ? `${e.message} [${code}]` : e.message);
  }
  return clip(parts.join(": "), 400);
}

function codeOf(err: unknown): string {
  const code = err instanceof Error ? (err as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : "";
}

const UNREACHABLE = "The sign-in provider did not answer. Try again in a moment; if it keeps happening, whoever runs Berth should check BERTH_OIDC_ISSUER and that the provider is up.";

export function describeOidcError(err: unknown, phase: "start" | "callback"): OidcFailure {
  const log = chain(err);
  if (err instanceof client.AuthorizationResponseError) {
    // The provider said no (the user cancelled, the client is not allowed, …): its words, as text.
    const description = err.error_description ? `: ${clip(err.error_description)}` : "";
    return { status: 401, message: `The provider did not sign you in (${clip(err.error, 64)}${description}).`, log };
  }
  if (err instanceof client.ResponseBodyError) {
    return { status: 502, message: `The provider refused Berth's request (${clip(err.error, 64)}). Whoever runs Berth should check BERTH_OIDC_CLIENT_ID and BERTH_OIDC_CLIENT_SECRET.`, log };
  }
  if (/"state"/.test(log)) {
    return { status: 400, message: "The provider's answer does not belong to the sign-in this browser started (state mismatch). Nothing was signed in; start again.", log };
  }
  const code = codeOf(err);
  if (phase === "start" || err instanceof TypeError || code === "OAUTH_TIMEOUT" || code === "OAUTH_ABORT" || code === "OAUTH_RESPONSE_IS_NOT_CONFORM" || code === "OAUTH_RESPONSE_IS_NOT_JSON") {
    return { status: 502, message: UNREACHABLE, log };
  }
  if (code.startsWith("OAUTH_JWT") || code === "OAUTH_KEY_SELECTION_FAILED" || /ID Token|JWT|nonce|signature/i.test(log)) {
    return { status: 401, message: "The provider's ID token did not pass Berth's checks (signature, issuer, audience, expiry or nonce). Nothing was signed in.", log };
  }
  return { status: 400, message: "The provider's answer could not be used. Nothing was signed in; start again.", log };
}
