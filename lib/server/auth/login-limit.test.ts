import { describe, expect, it } from "vitest";
import { forgetProcessWide } from "@/lib/server/process-state";
import { FAILURES_ALLOWED, loginBlockedFor, recordLoginFailure } from "./login-limit";

describe("the sign-in limit", () => {
  it("refuses the 6th attempt within a minute, per account and per address, then lets go", () => {
    forgetProcessWide("login-failures");
    const t = 1_000_000;
    for (let i = 0; i < FAILURES_ALLOWED; i++) {
      expect(loginBlockedFor("Ann", "10.0.0.1", t + i)).toBe(0);
      recordLoginFailure("Ann", "10.0.0.1", t + i);
    }
    expect(loginBlockedFor("ann", "10.0.0.9", t + 10)).toBeGreaterThan(0); // the account, from anywhere
    expect(loginBlockedFor("bob", "10.0.0.1", t + 10)).toBeGreaterThan(0); // the address, for any account
    expect(loginBlockedFor("bob", "10.0.0.9", t + 10)).toBe(0);
    expect(loginBlockedFor("ann", "10.0.0.1", t + 60_001)).toBe(0);
  });
});
