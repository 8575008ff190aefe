import { describe, expect, it } from "vitest";
import { LineEditor } from "./terminal-line-editor";

describe("LineEditor", () => {
  it("echoes typing and sends whole lines with \\n", () => {
    const ed = new LineEditor();
    expect(ed.feed("hi")).toEqual({ echo: "hi", send: "" });
    expect(ed.feed("\r")).toEqual({ echo: "\r\n", send: "hi\n" });
  });
  it("edits the line before it is sent", () => {
    const ed = new LineEditor();
    ed.feed("helo");
    expect(ed.feed("\x7f").echo).toBe("\b \b");
    expect(ed.feed("lo\r").send).toBe("hello\n");
    ed.feed("junk");
    expect(ed.feed("\x03")).toEqual({ echo: "^C\r\n", send: "" });
    expect(ed.feed("ok\r").send).toBe("ok\n");
  });
  it("sends each line of a paste and drops escape sequences' control bytes", () => {
    const ed = new LineEditor();
    expect(ed.feed("a\nb\n").send).toBe("a\nb\n");
    expect(ed.feed("\x1b[Ax\x1bOB\r")).toEqual({ echo: "x\r\n", send: "x\n" });
  });
});
