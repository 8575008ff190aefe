import { z } from "zod";

// Single sign-on's settings, from the environment (BERTH_OIDC_*). Off unless BERTH_OIDC_ISSUER is set; then the
// client id is required too. Parsed once, so a typo is a clear start-up message, not a failed sign-in later.

type Env = Record<string, string | undefined>;

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;

/** "a, b ,,c" → ["a", "b", "c"]. */
const commaList = z.preprocess(
  (v) =>
    String(v ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  z.array(z.string().max(256)).max(100),
);

/** The URL, or undefined (zod runs refinements even after `.url()` failed). */
const urlOf = (u: string): URL | undefined => (URL.canParse(u) ? new URL(u) : undefined);

const blankAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);

export const oidcEnv = z.object({
  BERTH_OIDC_ISSUER: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .url("BERTH_OIDC_ISSUER must be the provider's issuer URL, e.g. https://login.example.com/realms/main")
      // A provider reached over plain http could be impersonated by anyone on the path: only loopback (tests, a
      // provider on this machine) may skip TLS.
      .refine((u) => {
        const url = urlOf(u);
        return !url || url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK.test(url.hostname));
      }, "BERTH_OIDC_ISSUER must be https (plain http only for a provider on loopback)")
      .refine((u) => !urlOf(u)?.search && !urlOf(u)?.hash, "BERTH_OIDC_ISSUER must not have a query or fragment"),
  ),
  BERTH_OIDC_CLIENT_ID: z.preprocess(blankAsUndefined, z.string({ error: "BERTH_OIDC_CLIENT_ID is required with BERTH_OIDC_ISSUER" }).max(256)),
  // Optional: without it Berth is a public client (PKCE only), for providers that register it so.
  BERTH_OIDC_CLIENT_SECRET: z.preprocess(blankAsUndefined, z.string().max(1024).optional()),
  BERTH_OIDC_NAME: z.preprocess(blankAsUndefined, z.string().max(64).optional()),
  BERTH_OIDC_SCOPES: z.preprocess(
    (v) => blankAsUndefined(v) ?? "openid profile email",
    z
      .string()
      .max(512)
      .transform((s) => [...new Set(["openid", ...s.split(/[\s,]+/).filter(Boolean)])]),
  ),
  BERTH_OIDC_ROLE_CLAIM: z.preprocess((v) => blankAsUndefined(v) ?? "groups", z.string().max(128)),
  BERTH_OIDC_ADMIN_VALUES: commaList,
  BERTH_OIDC_OPERATOR_VALUES: commaList,
  BERTH_OIDC_DEFAULT_ROLE: z.preprocess(
    (v) => (blankAsUndefined(v) as string | undefined)?.toLowerCase() ?? "viewer",
    z.enum(["viewer", "none"], { error: 'BERTH_OIDC_DEFAULT_ROLE must be "viewer" or "none"' }),
  ),
  BERTH_PUBLIC_URL: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .url("BERTH_PUBLIC_URL must be Berth's address as users open it, e.g. https://berth.example.com")
      .refine((u) => ["http:", "https:", undefined].includes(urlOf(u)?.protocol), "BERTH_PUBLIC_URL must be http or https")
      .optional(),
  ),
});

/** Which role a claim value gives, and what everyone else gets (`none`: refused). */
export interface OidcRoleMapping {
  claim: string;
  adminValues: string[];
  operatorValues: string[];
  defaultRole: "viewer" | "none";
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  /** Never logged, never shown: sent to the provider's token endpoint only. */
  clientSecret?: string;
  /** What the sign-in button says: "Sign in with <label>". */
  label: string;
  scopes: string[];
  roles: OidcRoleMapping;
  /** Berth's own origin when set (behind a proxy); else the request's. */
  publicOrigin?: string;
}

export type OidcSettings = { enabled: false } | { enabled: true; config: OidcConfig } | { enabled: false; error: string };

/** Reads BERTH_OIDC_* (and BERTH_PUBLIC_URL). Never throws: a bad setting comes back as `error`, without values. */
export function parseOidcEnv(env: Env): OidcSettings {
  if (!env.BERTH_OIDC_ISSUER?.trim()) return { enabled: false };
  const parsed = oidcEnv.safeParse(env);
  if (!parsed.success) {
    // Messages only, never the input: one of the fields is the client secret.
    return { enabled: false, error: parsed.error.issues.map((i) => `${String(i.path[0] ?? "")}: ${i.message}`).join("; ") };
  }
  const e = parsed.data;
  const issuer = e.BERTH_OIDC_ISSUER!;
  return {
    enabled: true,
    config: {
      issuer,
      clientId: e.BERTH_OIDC_CLIENT_ID!,
      clientSecret: e.BERTH_OIDC_CLIENT_SECRET,
      label: e.BERTH_OIDC_NAME ?? new URL(issuer).host,
      scopes: e.BERTH_OIDC_SCOPES,
      roles: {
        claim: e.BERTH_OIDC_ROLE_CLAIM,
        adminValues: e.BERTH_OIDC_ADMIN_VALUES,
        operatorValues: e.BERTH_OIDC_OPERATOR_VALUES,
        defaultRole: e.BERTH_OIDC_DEFAULT_ROLE,
      },
      publicOrigin: e.BERTH_PUBLIC_URL ? new URL(e.BERTH_PUBLIC_URL).origin : undefined,
    },
  };
}
