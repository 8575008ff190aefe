import "server-only";
import * as client from "openid-client";

// What went wrong with a sign-in at the provider, twice over: in words for the person signing in, and one line for
// the log. Neither ever carries the error's attached data (it can hold the code, the expected state, the
// provider's response body): only messages, clipped.

export interface OidcFailure {
  status: number;
  /** The page's heading: whether the provider was out of reach, or the sign-in was refused. */
  title: string;
  message: string;
  log: string;
}

const REFUSED = "Sign-in refused";
const UNREACHED = "Could not reach the sign-in provider";

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
  // The provider's error code (invalid_grant, invalid_client…) is the useful part of its refusal, and no secret.
  const log = err instanceof client.ResponseBodyError ? `${chain(err)} (${clip(err.error, 64)})` : chain(err);
  if (err instanceof client.AuthorizationResponseError) {
    // The provider said no (the user cancelled, the client is not allowed, …): its words, as text.
    const description = err.error_description ? `: ${clip(err.error_description)}` : "";
    return { status: 401, title: REFUSED, message: `The provider did not sign you in (${clip(err.error, 64)}${description}).`, log };
  }
  if (err instanceof client.ResponseBodyError && err.error === "invalid_grant") {
    // The code was redeemed already (a replayed answer), has expired, or its PKCE verifier does not match: the
    // browser's doing, not Berth's settings.
    return { status: 400, title: REFUSED, message: "The provider's answer was already used or has expired (invalid_grant). Nothing was signed in; start again.", log };
  }
  if (err instanceof client.ResponseBodyError) {
    return { status: 502, title: REFUSED, message: `The provider refused Berth's request (${clip(err.error, 64)}). Whoever runs Berth should check BERTH_OIDC_CLIENT_ID and BERTH_OIDC_CLIENT_SECRET.`, log };
  }
  if (/"state"/.test(log)) {
    return { status: 400, title: REFUSED, message: "The provider's answer does not belong to the sign-in this browser started (state mismatch). Nothing was signed in; start again.", log };
  }
  const code = codeOf(err);
  if (phase === "start" || err instanceof TypeError || code === "OAUTH_TIMEOUT" || code === "OAUTH_ABORT" || code === "OAUTH_RESPONSE_IS_NOT_CONFORM" || code === "OAUTH_RESPONSE_IS_NOT_JSON") {
    return { status: 502, title: UNREACHED, message: UNREACHABLE, log };
  }
  if (code.startsWith("OAUTH_JWT") || code === "OAUTH_KEY_SELECTION_FAILED" || /ID Token|JWT|nonce|signature/i.test(log)) {
    return { status: 401, title: REFUSED, message: "The provider's ID token did not pass Berth's checks (signature, issuer, audience, expiry or nonce). Nothing was signed in.", log };
  }
  return { status: 400, title: REFUSED, message: "The provider's answer could not be used. Nothing was signed in; start again.", log };
}
