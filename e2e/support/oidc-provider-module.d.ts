// oidc-provider ships no types; the tests use a small part of it (e2e/support/oidc-provider.ts).
declare module "oidc-provider";
