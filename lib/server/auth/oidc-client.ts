import "server-only";
import * as client from "openid-client";
import { processWide } from "@/lib/server/process-state";
import { parseOidcEnv, type OidcConfig, type OidcSettings } from "@/lib/shared/schemas/oidc-config";

// Berth as an OpenID Connect relying party, through openid-client: the authorization code flow with PKCE, state and
// nonce; the ID token checked by the library (signature from the provider's JWKS, issuer, audience, expiry, nonce),
// then the userinfo endpoint read for claims the provider keeps out of the ID token (groups, often).

/** BERTH_OIDC_* as this process read them (once: the environment does not change under a running server). */
export function oidcSettings(): OidcSettings {
  return processWide("oidc-settings", () => parseOidcEnv(process.env));
}

export function oidcConfig(): OidcConfig | undefined {
  const s = oidcSettings();
  return s.enabled ? s.config : undefined;
}

/** Berth's origin as the browser sees it: BERTH_PUBLIC_URL's, else the request's (its Host is checked already). */
export function berthOrigin(config: OidcConfig, host: string | undefined): string {
  return config.publicOrigin ?? `http://${host ?? "127.0.0.1"}`;
}

const DISCOVERY_TIMEOUT_S = 10;

/** The provider's metadata, fetched on first use and kept; a failed fetch is not kept, so the next sign-in retries. */
function discovered(config: OidcConfig): Promise<client.Configuration> {
  const cache = processWide("oidc-discovery", () => ({ pending: undefined as Promise<client.Configuration> | undefined }));
  cache.pending ??= client
    .discovery(
      new URL(config.issuer),
      config.clientId,
      undefined,
      config.clientSecret === undefined ? client.None() : client.ClientSecretBasic(config.clientSecret),
      {
        timeout: DISCOVERY_TIMEOUT_S,
        // Plain http is allowed only for a loopback issuer (the config refuses any other).
        execute: new URL(config.issuer).protocol === "http:" ? [client.allowInsecureRequests] : [],
      },
    )
    .catch((err: unknown) => {
      cache.pending = undefined;
      throw err;
    });
  return cache.pending;
}

export interface StartedSignIn {
  url: URL;
  state: string;
  nonce: string;
  verifier: string;
}

export async function startSignIn(config: OidcConfig, redirectUri: string): Promise<StartedSignIn> {
  const provider = await discovered(config);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(provider, {
    redirect_uri: redirectUri,
    response_type: "code",
    scope: config.scopes.join(" "),
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    nonce,
  });
  return { url, state, nonce, verifier };
}

export interface SignedInIdentity {
  issuer: string;
  subject: string;
  /** The ID token's claims with userinfo's over them (same subject, checked by the library). */
  claims: Record<string, unknown>;
  /** The ID token itself: kept (sealed) with the session, sent back to the provider only as logout's id_token_hint. */
  idToken: string | undefined;
}

/** Checks the provider's answer (`callbackUrl`: the redirect URI with the query it came back with) and redeems the code. */
export async function finishSignIn(
  config: OidcConfig,
  callbackUrl: URL,
  pending: { state: string; nonce: string; verifier: string },
): Promise<SignedInIdentity> {
  const provider = await discovered(config);
  const tokens = await client.authorizationCodeGrant(provider, callbackUrl, {
    pkceCodeVerifier: pending.verifier,
    expectedState: pending.state,
    expectedNonce: pending.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims) throw new client.ClientError("the provider sent no ID token");
  let claims: Record<string, unknown> = { ...idClaims };
  if (provider.serverMetadata().userinfo_endpoint && tokens.access_token) {
    const info = await client.fetchUserInfo(provider, tokens.access_token, idClaims.sub);
    claims = { ...claims, ...info, sub: idClaims.sub };
  }
  return { issuer: idClaims.iss, subject: idClaims.sub, claims, idToken: tokens.id_token };
}

/**
 * Where to send the browser to end its session at the provider too (RP-initiated logout), or undefined when the
 * provider's metadata has no end_session_endpoint. Throws when the provider cannot be reached for its metadata.
 */
export async function providerLogoutUrl(config: OidcConfig, idToken: string, postLogoutRedirectUri: string): Promise<URL | undefined> {
  return endSessionUrl(await discovered(config), idToken, postLogoutRedirectUri);
}

export function endSessionUrl(provider: client.Configuration, idToken: string, postLogoutRedirectUri: string): URL | undefined {
  if (!provider.serverMetadata().end_session_endpoint) return undefined;
  return client.buildEndSessionUrl(provider, { id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri });
}
