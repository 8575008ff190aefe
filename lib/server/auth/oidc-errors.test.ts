import * as client from "openid-client";
import { describe, expect, it } from "vitest";
import { describeOidcError } from "./oidc-errors";

// openid-client's own errors, made by the library from the inputs it refuses (no network), described for the
// person signing in and for the log.

const provider = new client.Configuration(
  { issuer: "https://idp.example.com", authorization_endpoint: "https://idp.example.com/auth", token_endpoint: "https://idp.example.com/token" },
  "berth",
  "client-secret-value",
);

async function refusal(query: string, expectedState = "state-issued") {
  try {
    await client.authorizationCodeGrant(provider, new URL(`https://berth.example.com/login/oidc/callback?${query}`), { expectedState, pkceCodeVerifier: "v".repeat(43) });
  } catch (err) {
    return err;
  }
  throw new Error("the library accepted it");
}

describe("a sign-in's failure, in words and in one log line", () => {
  it("a changed state: 400, state mismatch, and the log has neither the code nor either state", async () => {
    const why = describeOidcError(await refusal("code=the-code-value&state=state-tampered"), "callback");
    expect(why.status).toBe(400);
    expect(why.message).toMatch(/state mismatch/);
    expect(why.log).toMatch(/"state"/);
    for (const secret of ["the-code-value", "state-tampered", "state-issued", "client-secret-value"]) expect(why.log).not.toContain(secret);
  });

  it("the provider's own refusal (the user cancelled): 401 with its words", async () => {
    const why = describeOidcError(await refusal("error=access_denied&error_description=End-User%20aborted&state=state-issued"), "callback");
    expect(why).toMatchObject({ status: 401, message: "The provider did not sign you in (access_denied: End-User aborted)." });
  });

  it("a provider that does not answer: 502, saying what to check", () => {
    const refused = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:9"), { code: "ECONNREFUSED" }) });
    for (const phase of ["start", "callback"] as const) {
      const why = describeOidcError(refused, phase);
      expect(why.status).toBe(502);
      expect(why.message).toMatch(/did not answer.*BERTH_OIDC_ISSUER/);
      expect(why.log).toContain("ECONNREFUSED");
    }
  });

  it("a code already redeemed is the browser's doing (400), a refused client is Berth's settings (502)", () => {
    const body = (error: string) => new client.ResponseBodyError("server responded with an error in the response body", { cause: { error }, response: new Response(JSON.stringify({ error }), { status: 400 }) });
    expect(describeOidcError(body("invalid_grant"), "callback")).toMatchObject({ status: 400, message: expect.stringMatching(/already used or has expired/), log: expect.stringContaining("(invalid_grant)") });
    expect(describeOidcError(body("invalid_client"), "callback")).toMatchObject({ status: 502, message: expect.stringMatching(/BERTH_OIDC_CLIENT_SECRET/) });
  });
});
