import "server-only";
import { store } from "@/lib/server/store/db";
import { open, seal, secretsKey, SecretUnreadableError } from "@/lib/server/store/secret-box";
import { oidcDetail } from "./oidc-audit";
import { berthOrigin, oidcConfig, providerLogoutUrl } from "./oidc-client";
import { describeOidcError } from "./oidc-errors";
import { secretHash } from "./secrets";

// RP-initiated logout: signing out of Berth after a single sign-on ends the provider's session too, or the next
// "Sign in with …" would walk straight back in. The provider wants its own ID token back as id_token_hint, so a
// single sign-on session keeps it — sealed under the store's key (secret-box.ts), bound to its session row, never
// sent to the browser except in the one redirect to the provider's end_session_endpoint, forgotten when the
// session ends. A provider without that endpoint (or one that does not answer) gets Berth's own sign-out only.

/** Where the provider sends the browser back to: Berth's sign-in page (register it as a post-logout redirect URI). */
export const POST_LOGOUT_PATH = "/login";

/** Sealed with the session's hash as associated data: a token moved to another session's row does not open. */
const context = (sessionHash: string) => `session ${sessionHash} id_token`;

export function keepIdToken(sessionSecret: string, idToken: string): void {
  const hash = secretHash(sessionSecret);
  const sealed = seal(secretsKey(), idToken, context(hash));
  store()
    .prepare("UPDATE sessions SET id_token_iv = ?, id_token = ?, id_token_tag = ? WHERE id_hash = ?")
    .run(sealed.iv, sealed.ciphertext, sealed.tag, hash);
}

interface Row {
  id_token_iv: Buffer | null;
  id_token: Buffer | null;
  id_token_tag: Buffer | null;
}

/** The provider's ID token kept with this open session, if it came from single sign-on (and still opens). */
export function sessionIdToken(sessionSecret: string): string | undefined {
  const hash = secretHash(sessionSecret);
  const row = store().prepare("SELECT id_token_iv, id_token, id_token_tag FROM sessions WHERE id_hash = ? AND revoked_at IS NULL").get(hash) as Row | undefined;
  if (!row?.id_token || !row.id_token_iv || !row.id_token_tag) return undefined;
  try {
    return open(secretsKey(), { iv: row.id_token_iv, tag: row.id_token_tag, ciphertext: row.id_token }, context(hash), "A session's ID token");
  } catch (err) {
    // A replaced key file: sign out of Berth alone rather than fail the sign-out.
    if (err instanceof SecretUnreadableError) return undefined;
    throw err;
  }
}

export interface ProviderSignOut {
  /** The provider's end-session URL (with id_token_hint), or undefined: Berth's own sign-out only. */
  url?: URL;
  /** For the audit row: which provider, and whether the browser went there. */
  detail: string;
  /** What the sign-in button calls the provider. */
  label: string;
}

/** Where to send a browser whose single sign-on session just ended. Never throws: the sign-out happens regardless. */
export async function providerSignOut(idToken: string, host: string | undefined): Promise<ProviderSignOut | undefined> {
  const config = oidcConfig();
  if (!config) return undefined;
  try {
    const url = await providerLogoutUrl(config, idToken, `${berthOrigin(config, host)}${POST_LOGOUT_PATH}`);
    return url
      ? { url, label: config.label, detail: oidcDetail(config, "sent to the provider's sign-out too") }
      : { label: config.label, detail: oidcDetail(config, "the provider offers no end_session_endpoint: signed out of Berth only") };
  } catch (err) {
    console.error(`[berth] single sign-on: could not reach the provider to sign out there: ${describeOidcError(err, "start").log}`);
    return { label: config.label, detail: oidcDetail(config, "the provider did not answer: signed out of Berth only") };
  }
}
