import { describe, expect, it } from "vitest";
import { LogBuffer } from "./log-buffer";

describe("LogBuffer", () => {
  it("keeps the newest rows within its bound and counts the lines it let go", () => {
    const b = new LogBuffer(3);
    b.append([{ stream: "stdout", text: "1" }, { skipped: 5 }, { skipped: 2 }, { stream: "stderr", text: "2" }]);
    expect(b.rows.map((r) => (r.kind === "line" ? r.line.text : `gap ${r.count}`))).toEqual(["1", "gap 7", "2"]);
    b.append([{ stream: "stdout", text: "3" }, { stream: "stdout", text: "4" }]);
    expect(b.rows.map((r) => (r.kind === "line" ? r.line.text : "gap"))).toEqual(["2", "3", "4"]);
    expect(b.droppedOlder).toBe(1);
  });
});
