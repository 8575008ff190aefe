import { describe, expect, it } from "vitest";
import { logsDownloadQuery, logsSubscribe, logTime } from "./logs";

describe("logTime", () => {
  it("reads Unix seconds, RFC 3339 and durations back from now, to the nanosecond", () => {
    expect(logTime.parse("1700000000.5")).toBe("1700000000.500000000");
    expect(logTime.parse("1700000000")).toBe("1700000000.000000000");
    expect(logTime.parse("2026-11-30T05:00:00.123456789Z")).toBe(`${Date.parse("2026-11-30T05:00:00Z") / 1000}.123456789`);
    expect(logTime.parse("2026-11-30T06:00:00+01:00")).toBe(`${Date.parse("2026-11-30T05:00:00Z") / 1000}.000000000`);
    const fiveMinAgo = Number(logTime.parse("5m")) * 1000;
    expect(Math.abs(Date.now() - 300_000 - fiveMinAgo)).toBeLessThan(1000);
  });
  it("refuses anything else", () => {
    for (const bad of ["", "yesterday", "5x", "1e9", "-1", "2026-13-99T00:00:00Z", "2026-11-30"]) expect(logTime.safeParse(bad).success).toBe(false);
  });
});

describe("logsDownloadQuery", () => {
  it("defaults to the whole log without timestamps", () => {
    expect(logsDownloadQuery.parse({})).toEqual({ tail: "all", timestamps: false });
    expect(logsDownloadQuery.parse({ tail: "100", timestamps: "1" })).toEqual({ tail: 100, timestamps: true });
  });
  it("refuses bad or unknown parameters", () => {
    for (const bad of [{ tail: "-1" }, { tail: "lots" }, { tail: "9999999" }, { follow: "1" }, { since: "10", until: "5" }]) {
      expect(logsDownloadQuery.safeParse(bad).success).toBe(false);
    }
  });
});

describe("logsSubscribe", () => {
  it("validates the socket payload", () => {
    expect(logsSubscribe.parse({ subId: "a1", container: "/web" })).toEqual({ subId: "a1", container: "web", tail: 1000, timestamps: false });
    expect(logsSubscribe.safeParse({ subId: "a1", container: "web", tail: "lots" }).success).toBe(false);
    expect(logsSubscribe.safeParse({ subId: "<x>", container: "web" }).success).toBe(false);
    expect(logsSubscribe.safeParse(null).success).toBe(false);
  });
});
