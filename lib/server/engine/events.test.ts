import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { parseEventLine, readEventLines } from "./events";

describe("parseEventLine", () => {
  it("keeps timeNano to the nanosecond: 1.7e18 is beyond a double", () => {
    const line = '{"Type":"container","Action":"start","Actor":{"ID":"abc","Attributes":{"name":"web"}},"time":1700000000,"timeNano":1700000000123456789}';
    const event = parseEventLine(line);
    expect(event.timeNano).toBe("1700000000123456789");
    // What JSON.parse alone would have made of it.
    expect(String(JSON.parse(line).timeNano)).not.toBe("1700000000123456789");
    expect(event).toMatchObject({ type: "container", action: "start", id: "abc", name: "web" });
  });

  it("leaves a label that merely mentions timeNano alone", () => {
    const line = '{"Type":"container","Action":"create","Actor":{"ID":"x","Attributes":{"note":"\\"timeNano\\":5"}},"timeNano":1700000000000000001}';
    const event = parseEventLine(line);
    expect(event.attributes.note).toBe('"timeNano":5');
    expect(event.timeNano).toBe("1700000000000000001");
  });

  it("falls back to whole seconds, exactly, when an engine sends no timeNano", () => {
    expect(parseEventLine('{"Type":"image","Action":"pull","time":1700000000}').timeNano).toBe("1700000000000000000");
  });
});

describe("readEventLines", () => {
  it("skips a malformed line and reads on", async () => {
    const stream = Readable.from(['{"Type":"a","timeNano":1}\n{oops\n', '{"Type":"b","timeNano":2}\n']);
    const seen: string[] = [];
    for await (const e of readEventLines(stream)) seen.push(`${e.type}@${e.timeNano}`);
    expect(seen).toEqual(["a@1", "b@2"]);
  });
});
