import { describe, expect, it } from "vitest";
import type { LogRow } from "./log-buffer";
import { mergeFeeds } from "./merge-logs";

const line = (key: number, ts: string, text: string): LogRow => ({ kind: "line", key, line: { stream: "stdout", ts, text } });

describe("mergeFeeds", () => {
  it("interleaves feeds by timestamp (nanoseconds compared as such) and keeps each row's label", () => {
    const merged = mergeFeeds([
      { label: "web_1", colour: "a", rows: [line(0, "2026-01-01T00:00:01.5Z", "w1"), line(1, "2026-01-01T00:00:03Z", "w2")] },
      { label: "db_1", colour: "b", rows: [line(0, "2026-01-01T00:00:01.25Z", "d1"), line(1, "2026-01-01T00:00:02.000000001Z", "d2")] },
    ]);
    expect(merged.rows.map((r) => (r.kind === "line" ? `${merged.source.get(r)!.label}:${r.line.text}` : ""))).toEqual([
      "db_1:d1",
      "web_1:w1",
      "db_1:d2",
      "web_1:w2",
    ]);
    expect(new Set(merged.rows.map((r) => r.key)).size).toBe(4);
  });
});
