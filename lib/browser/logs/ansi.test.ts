import { describe, expect, it } from "vitest";
import { ansiPlainText, parseAnsi } from "./ansi";

describe("parseAnsi", () => {
  it("turns SGR codes into styled tokens and keeps text as text", () => {
    expect(parseAnsi("a \u001b[1;31mred <b>\u001b[0m z")).toEqual([
      { text: "a " },
      { text: "red <b>", color: "rgb(255, 95, 82)", bold: true },
      { text: " z" },
    ]);
  });
  it("passes plain lines through untouched", () => {
    expect(parseAnsi("<img src=x onerror=alert(1)>")).toEqual([{ text: "<img src=x onerror=alert(1)>" }]);
  });
  it("drops non-colour escape codes from the readable text", () => {
    expect(ansiPlainText("\u001b[2Kdone \u001b[32mok\u001b[0m")).toBe("done ok");
  });
});
