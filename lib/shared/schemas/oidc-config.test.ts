import { describe, expect, it } from "vitest";
import { parseOidcEnv } from "./oidc-config";

const base = { BERTH_OIDC_ISSUER: "https://login.example.com/realms/main", BERTH_OIDC_CLIENT_ID: "berth", BERTH_OIDC_CLIENT_SECRET: "s3cret-value" };

describe("single sign-on's settings", () => {
  it("are off without BERTH_OIDC_ISSUER, whatever else is set", () => {
    expect(parseOidcEnv({})).toEqual({ enabled: false });
    expect(parseOidcEnv({ BERTH_OIDC_ISSUER: "  ", BERTH_OIDC_CLIENT_ID: "x" })).toEqual({ enabled: false });
  });

  it("default to the groups claim, viewer for everyone else, the issuer's host as the button's label", () => {
    expect(parseOidcEnv(base)).toEqual({
      enabled: true,
      config: {
        issuer: "https://login.example.com/realms/main",
        clientId: "berth",
        clientSecret: "s3cret-value",
        label: "login.example.com",
        scopes: ["openid", "profile", "email"],
        roles: { claim: "groups", adminValues: [], operatorValues: [], defaultRole: "viewer" },
        publicOrigin: undefined,
      },
    });
  });

  it("read comma lists, a name, scopes, the default role and the public URL", () => {
    const s = parseOidcEnv({
      ...base,
      BERTH_OIDC_NAME: "Acme SSO",
      BERTH_OIDC_SCOPES: "profile groups",
      BERTH_OIDC_ROLE_CLAIM: "realm_access.roles",
      BERTH_OIDC_ADMIN_VALUES: " berth-admins, ops-leads ,,",
      BERTH_OIDC_OPERATOR_VALUES: "berth-ops",
      BERTH_OIDC_DEFAULT_ROLE: "NONE",
      BERTH_PUBLIC_URL: "https://berth.example.com/",
    });
    expect(s.enabled && s.config).toMatchObject({
      label: "Acme SSO",
      scopes: ["openid", "profile", "groups"],
      roles: { claim: "realm_access.roles", adminValues: ["berth-admins", "ops-leads"], operatorValues: ["berth-ops"], defaultRole: "none" },
      publicOrigin: "https://berth.example.com",
    });
  });

  it("are a public client without a secret", () => {
    const s = parseOidcEnv({ ...base, BERTH_OIDC_CLIENT_SECRET: "" });
    expect(s.enabled && s.config.clientSecret).toBeUndefined();
  });

  it("allow plain http only for a provider on loopback", () => {
    expect(parseOidcEnv({ ...base, BERTH_OIDC_ISSUER: "http://127.0.0.1:9000" }).enabled).toBe(true);
    expect(parseOidcEnv({ ...base, BERTH_OIDC_ISSUER: "http://localhost:9000/oidc" }).enabled).toBe(true);
    const lan = parseOidcEnv({ ...base, BERTH_OIDC_ISSUER: "http://idp.lan" });
    expect(lan).toMatchObject({ enabled: false, error: expect.stringContaining("must be https") });
  });

  it("say what is wrong, and never echo a value (the secret is one of them)", () => {
    const cases = [
      [{ ...base, BERTH_OIDC_CLIENT_ID: "" }, /BERTH_OIDC_CLIENT_ID: .*required/],
      [{ ...base, BERTH_OIDC_ISSUER: "not a url" }, /BERTH_OIDC_ISSUER/],
      [{ ...base, BERTH_OIDC_DEFAULT_ROLE: "admin" }, /BERTH_OIDC_DEFAULT_ROLE: .*"viewer" or "none"/],
      [{ ...base, BERTH_PUBLIC_URL: "ftp://x" }, /BERTH_PUBLIC_URL/],
    ] as const;
    for (const [env, message] of cases) {
      const s = parseOidcEnv(env);
      expect(s.enabled).toBe(false);
      const error = "error" in s ? s.error : "";
      expect(error).toMatch(message);
      expect(error).not.toContain("s3cret-value");
    }
  });
});
