import { describe, expect, it } from "vitest";
import type { LogLine } from "../types/logs";
import { decodeLogBatch, encodeLogBatch, logBatchSize } from "./log-batch";

describe("log batches", () => {
  it("carry lines in order with their stream, time and truncation, and back", () => {
    const lines: LogLine[] = [
      { stream: "stdout", text: "one", ts: "2026-11-30T05:20:00.1Z" },
      { stream: "stderr", text: "boom \u001b[31mred\u001b[0m", ts: "2026-11-30T05:20:00.2Z" },
      { stream: "stdout", text: "", ts: "2026-11-30T05:20:00.3Z" },
      { stream: "stdout", text: "x".repeat(10), truncated: true },
      { stream: "stderr", text: "last", ts: "2026-11-30T05:20:00.5Z" },
    ];
    const batch = encodeLogBatch("s1", lines);
    expect(batch).toMatchObject({ subId: "s1", stderr: [1, 4], truncated: [3] });
    expect(logBatchSize(batch)).toBe(5);
    expect(decodeLogBatch(JSON.parse(JSON.stringify(batch)))).toEqual(lines);
  });

  it("leaves the stderr and truncation lists out when no line needs them", () => {
    const batch = encodeLogBatch("s", [{ stream: "stdout", text: "" }]);
    expect(batch).toEqual({ subId: "s", text: "", ts: "" });
    expect(logBatchSize(batch)).toBe(1);
    expect(decodeLogBatch(batch)).toEqual([{ stream: "stdout", text: "" }]);
  });
});
