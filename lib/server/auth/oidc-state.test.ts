import { describe, expect, it } from "vitest";
import { openPending, pendingCookie, sealPending } from "./oidc-state";

const pending = { state: "st", nonce: "no", verifier: "ve", redirectUri: "http://127.0.0.1:3000/login/oidc/callback", next: "/images", expires: Date.now() + 60_000 };

describe("the pending sign-in cookie", () => {
  it("opens to what was sealed", () => {
    expect(openPending(sealPending(pending))).toEqual(pending);
  });

  it("refuses a changed payload or signature, an expired one, garbage", () => {
    const sealed = sealPending(pending);
    const [payload, mac] = sealed.split(".");
    const changed = Buffer.from(JSON.stringify({ ...pending, next: "/evil" })).toString("base64url");
    expect(openPending(`${changed}.${mac}`)).toBeUndefined();
    expect(openPending(`${payload}.${mac!.slice(0, -2)}AA`)).toBeUndefined();
    expect(openPending(sealPending({ ...pending, expires: Date.now() - 1 }))).toBeUndefined();
    for (const junk of [undefined, "", ".", "abc", `.${mac}`]) expect(openPending(junk)).toBeUndefined();
  });

  it("is HttpOnly, Lax (the provider's redirect back is cross-site), scoped to /login/oidc, short-lived", () => {
    expect(pendingCookie("v", { secure: false })).toBe("berth_oidc=v; Path=/login/oidc; HttpOnly; SameSite=Lax; Max-Age=600");
    expect(pendingCookie("v", { secure: true })).toMatch(/; Secure$/);
  });
});
