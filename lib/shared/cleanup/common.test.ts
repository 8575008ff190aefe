import { describe, expect, it } from "vitest";
import { engineTimeMs, isProtected, withCommonRules } from "./common";
import { hoursAgo, NOW } from "./test-facts";

describe("isProtected", () => {
  it("keeps anything labelled berth.protect unless it says false", () => {
    expect(isProtected({ "berth.protect": "true" })).toBe(true);
    expect(isProtected({ "berth.protect": "True" })).toBe(true);
    expect(isProtected({ "berth.protect": "" })).toBe(true);
    expect(isProtected({ "berth.protect": "false" })).toBe(false);
    expect(isProtected({ "berth.protect": "0" })).toBe(false);
    expect(isProtected({ other: "true" })).toBe(false);
    expect(isProtected(undefined)).toBe(false);
  });
});

describe("engineTimeMs", () => {
  it("reads unix seconds and RFC 3339, and treats the zero time as unknown", () => {
    expect(engineTimeMs(1_700_000_000)).toBe(1_700_000_000_000);
    expect(engineTimeMs("2026-11-30T12:00:00Z")).toBe(NOW);
    expect(engineTimeMs("0001-01-01T00:00:00Z")).toBeUndefined();
    expect(engineTimeMs("")).toBeUndefined();
    expect(engineTimeMs(0)).toBeUndefined();
  });
});

describe("withCommonRules", () => {
  const offer = { offer: true as const, reason: "Exited" };
  it("passes an offer through when nothing else applies", () => {
    expect(withCommonRules(offer, {}, hoursAgo(1), { now: NOW })).toEqual(offer);
  });
  it("drops what is newer than the age option, and what has no known age", () => {
    expect(withCommonRules(offer, {}, hoursAgo(1), { now: NOW, olderThanHours: 2 })).toEqual({ offer: false, reason: "Newer than 2 h" });
    expect(withCommonRules(offer, {}, hoursAgo(3), { now: NOW, olderThanHours: 2 })).toEqual(offer);
    expect(withCommonRules(offer, {}, undefined, { now: NOW, olderThanHours: 2 }).offer).toBe(false);
  });
  it("marks a protected offer as kept, saying why it would have been offered", () => {
    expect(withCommonRules(offer, { "berth.protect": "true" }, hoursAgo(3), { now: NOW })).toEqual({
      offer: false,
      protected: true,
      reason: "Exited; kept by berth.protect=true",
    });
  });
  it("never turns a refusal into an offer", () => {
    const no = { offer: false as const, reason: "running" };
    expect(withCommonRules(no, { "berth.protect": "true" }, hoursAgo(3), { now: NOW })).toBe(no);
  });
});
