import "server-only";
import type { OidcConfig } from "@/lib/shared/schemas/oidc-config";

/** The audit row's detail for anything single sign-on did: which provider, and why (never a code or a token). */
export function oidcDetail(config: OidcConfig, why?: string): string {
  return `source oidc (${new URL(config.issuer).host})${why ? `: ${why}` : ""}`;
}
