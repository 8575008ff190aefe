import { describe, expect, it } from "vitest";
import { LogDemuxer } from "./log-demux";

function frame(type: number, text: string): Buffer {
  const payload = Buffer.from(text);
  const header = Buffer.alloc(8);
  header[0] = type;
  header.writeUInt32BE(payload.length, 4);
  return Buffer.concat([header, payload]);
}

function demuxed(chunks: Buffer[]) {
  const out: { stream: string; text: string }[] = [];
  const d = new LogDemuxer((stream, data) => out.push({ stream, text: data.toString() }));
  for (const c of chunks) d.push(c);
  return out;
}

describe("LogDemuxer", () => {
  it("hands consecutive frames of one stream over together, streams apart", () => {
    const all = Buffer.concat([frame(1, "a\n"), frame(1, "b\n"), frame(2, "err\n"), frame(1, "c\n")]);
    expect(demuxed([all])).toEqual([
      { stream: "stdout", text: "a\nb\n" },
      { stream: "stderr", text: "err\n" },
      { stream: "stdout", text: "c\n" },
    ]);
  });

  it("joins headers and payloads cut anywhere between chunks", () => {
    const all = Buffer.concat([frame(1, "hello\n"), frame(2, "oops\n"), frame(1, "world\n")]);
    for (let cut = 1; cut < all.length; cut++) {
      for (let cut2 = cut + 1; cut2 < all.length; cut2 += 3) {
        const out = demuxed([all.subarray(0, cut), all.subarray(cut, cut2), all.subarray(cut2)]);
        const byStream = (s: string) => out.filter((o) => o.stream === s).map((o) => o.text).join("");
        expect(byStream("stdout")).toBe("hello\nworld\n");
        expect(byStream("stderr")).toBe("oops\n");
      }
    }
  });

  it("passes a stream that is not multiplexed on as stdout", () => {
    expect(demuxed([Buffer.from("plain text\n"), Buffer.from("more\n")])).toEqual([
      { stream: "stdout", text: "plain text\n" },
      { stream: "stdout", text: "more\n" },
    ]);
  });

  it("hands a chunk of a thousand one-line frames over as one piece", () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `line ${i}\n`);
    const out = demuxed([Buffer.concat(lines.map((l) => frame(1, l)))]);
    expect(out).toEqual([{ stream: "stdout", text: lines.join("") }]);
  });

  it("passes a TTY container's raw stream on as stdout, escape codes and all", () => {
    // A TTY's output starts with whatever the program printed; an ESC or a letter is no stream type.
    const tty = ["\u001b[32mGREEN\u001b[0m\r\n", "tty-err\r\n"];
    expect(demuxed(tty.map((t) => Buffer.from(t)))).toEqual(tty.map((text) => ({ stream: "stdout", text })));
  });

  it("reassembles a frame far larger than a chunk", () => {
    const big = "x".repeat(1_000_000) + "\n";
    const all = Buffer.concat([frame(2, big), frame(1, "after\n")]);
    const chunks: Buffer[] = [];
    for (let at = 0; at < all.length; at += 65_536) chunks.push(all.subarray(at, at + 65_536));
    const out = demuxed(chunks);
    expect(out.filter((o) => o.stream === "stderr").map((o) => o.text).join("")).toBe(big);
    expect(out.filter((o) => o.stream === "stdout").map((o) => o.text).join("")).toBe("after\n");
    expect(out.length).toBeGreaterThan(2); // handed over as it came, not held until whole
  });
});
