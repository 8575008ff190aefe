import { describe, expect, it } from "vitest";
import { formatLogLine, LogLineSplitter } from "./log-lines";

describe("LogLineSplitter", () => {
  it("carries a partial line over to the next chunk, per stream", () => {
    const s = new LogLineSplitter(false);
    expect(s.push("stdout", Buffer.from("one\ntw"))).toEqual([{ stream: "stdout", text: "one" }]);
    expect(s.push("stderr", Buffer.from("err\n"))).toEqual([{ stream: "stderr", text: "err" }]);
    expect(s.push("stdout", Buffer.from("o\r\nthree"))).toEqual([{ stream: "stdout", text: "two" }]);
    expect(s.flush()).toEqual([{ stream: "stdout", text: "three" }]);
  });

  it("does not split a UTF-8 character cut between chunks", () => {
    const s = new LogLineSplitter(false);
    const bytes = Buffer.from("é\n");
    expect(s.push("stdout", bytes.subarray(0, 1))).toEqual([]);
    expect(s.push("stdout", bytes.subarray(1))).toEqual([{ stream: "stdout", text: "é" }]);
  });

  it("cuts an over-long line once and drops the rest of it", () => {
    const s = new LogLineSplitter(false, 10);
    const first = s.push("stdout", Buffer.from("x".repeat(25)));
    expect(first).toEqual([{ stream: "stdout", text: "x".repeat(10), truncated: true }]);
    expect(s.push("stdout", Buffer.from("yyy\nnext\n"))).toEqual([{ stream: "stdout", text: "next" }]);
    expect(s.push("stdout", Buffer.from("z".repeat(12) + "\n"))).toEqual([{ stream: "stdout", text: "z".repeat(10), truncated: true }]);
  });

  it("takes the engine's timestamp off the line", () => {
    const s = new LogLineSplitter(true);
    expect(s.push("stdout", "2026-11-30T05:20:00.123456789Z hello world\nno stamp\n")).toEqual([
      { stream: "stdout", text: "hello world", ts: "2026-11-30T05:20:00.123456789Z" },
      { stream: "stdout", text: "no stamp" },
    ]);
  });

  it("formats lines as docker logs prints them", () => {
    expect(formatLogLine({ stream: "stderr", text: "boom", ts: "2026-11-30T05:20:00Z" })).toBe("2026-11-30T05:20:00Z boom\n");
  });
});
