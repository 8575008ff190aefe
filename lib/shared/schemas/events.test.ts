import { describe, expect, it } from "vitest";
import { eventsHistoryQuery } from "./events";

describe("eventsHistoryQuery", () => {
  it("reads unix seconds and ISO times, and cuts a future until to now", () => {
    const q = eventsHistoryQuery.parse({ since: "1700000000.5", until: "2023-11-14T22:20:00Z", type: "container", action: "start" });
    expect(q.since).toBe(1700000000500);
    expect(q.until).toBe(Date.parse("2023-11-14T22:20:00Z"));
    const future = eventsHistoryQuery.parse({ since: String(Math.floor(Date.now() / 1000) - 10), until: "9999999999" });
    expect(future.until).toBeLessThanOrEqual(Date.now());
  });
  it("refuses since after until, ranges over a week, zone-less times and unknown types", () => {
    expect(eventsHistoryQuery.safeParse({ since: "1700000100", until: "1700000000" }).success).toBe(false);
    expect(eventsHistoryQuery.safeParse({ since: "1600000000", until: "1700000000" }).success).toBe(false);
    expect(eventsHistoryQuery.safeParse({ since: "2023-11-14T22:20:00" }).success).toBe(false);
    expect(eventsHistoryQuery.safeParse({ since: "1700000000", type: "galaxy" }).success).toBe(false);
    expect(eventsHistoryQuery.safeParse({ since: "1700000000", container: "bad name" }).success).toBe(false);
    expect(eventsHistoryQuery.safeParse({ until: "1700000000" }).success).toBe(false);
  });
  it("treats empty filters as absent", () => {
    const q = eventsHistoryQuery.parse({ since: "1700000000", until: "1700000100", type: "", action: "", container: "", image: "" });
    expect(q).toEqual({ since: 1700000000000, until: 1700000100000, type: undefined, action: undefined, container: undefined, image: undefined });
  });
});
