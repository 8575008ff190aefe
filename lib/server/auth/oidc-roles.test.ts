import { describe, expect, it } from "vitest";
import { claimValues, roleFromClaims } from "./oidc-roles";

const mapping = { claim: "groups", adminValues: ["berth-admins"], operatorValues: ["berth-ops", "sre"], defaultRole: "viewer" as const };

describe("the role a provider's claims give", () => {
  it("is the highest any value maps to", () => {
    expect(roleFromClaims({ groups: ["staff", "berth-admins", "sre"] }, mapping)).toBe("admin");
    expect(roleFromClaims({ groups: ["staff", "sre"] }, mapping)).toBe("operator");
    expect(roleFromClaims({ groups: "berth-ops" }, mapping)).toBe("operator");
  });

  it("is the default for anyone else: viewer, or refused (null) with none", () => {
    for (const claims of [{ groups: ["staff"] }, { groups: [] }, {}, { groups: { "berth-admins": true } }, { groups: null }]) {
      expect(roleFromClaims(claims, mapping)).toBe("viewer");
      expect(roleFromClaims(claims, { ...mapping, defaultRole: "none" })).toBeNull();
    }
  });

  it("matches values exactly: no case folding, no substrings", () => {
    expect(roleFromClaims({ groups: ["Berth-Admins", "berth-admins-old", "berth"] }, mapping)).toBe("viewer");
  });

  it("reads a dotted path (Keycloak's realm_access.roles), or a claim whose name has dots", () => {
    const keycloak = { ...mapping, claim: "realm_access.roles" };
    expect(roleFromClaims({ realm_access: { roles: ["berth-admins"] } }, keycloak)).toBe("admin");
    expect(roleFromClaims({ "realm_access.roles": ["sre"] }, keycloak)).toBe("operator");
    expect(roleFromClaims({ realm_access: "berth-admins" }, keycloak)).toBe("viewer");
    expect(claimValues({ "https://example.com/roles": ["a"] }, "https://example.com/roles")).toEqual(["a"]);
  });

  it("never reads inherited properties", () => {
    expect(claimValues({}, "constructor")).toEqual([]);
    expect(claimValues({ a: {} }, "a.constructor.name")).toEqual([]);
  });

  it("turns scalar values to text and drops objects", () => {
    expect(claimValues({ groups: ["a", 7, true, { x: 1 }, null] }, "groups")).toEqual(["a", "7", "true"]);
  });
});
