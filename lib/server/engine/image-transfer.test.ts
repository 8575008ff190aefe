import { describe, expect, it } from "vitest";
import { looksLikeArchive, requestBodyStream } from "./image-transfer";

function tarHeader(): Uint8Array {
  const block = new Uint8Array(512);
  block.set(Buffer.from("hello.txt"), 0);
  block.set(Buffer.from("ustar\u000000"), 257);
  return block;
}

function streamOf(chunks: Uint8Array[], onPull?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      onPull?.();
      if (i < chunks.length) c.enqueue(chunks[i++]!);
      else c.close();
    },
  });
}

describe("looksLikeArchive", () => {
  it("knows a ustar header and the compressed formats the engine reads", () => {
    expect(looksLikeArchive(tarHeader())).toBe(true);
    expect(looksLikeArchive(new Uint8Array([0x1f, 0x8b, 8, 0]))).toBe(true);
    expect(looksLikeArchive(Buffer.from("BZh91AY"))).toBe(true);
    expect(looksLikeArchive(Buffer.from("not a tar at all".repeat(40)))).toBe(false);
    expect(looksLikeArchive(new Uint8Array(1024))).toBe(false);
  });
});

describe("requestBodyStream", () => {
  it("refuses a body that is not a tar after its first 512 bytes, not after all of it", async () => {
    let pulls = 0;
    const junk = Array.from({ length: 1000 }, () => new Uint8Array(64 * 1024).fill(0x78));
    await expect(requestBodyStream(streamOf(junk, () => pulls++), "Upload a tar")).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining("not a tar archive"),
    });
    expect(pulls).toBeLessThan(5);
  });
  it("passes a tar on whole, however its first bytes were split", async () => {
    const header = tarHeader();
    const rest = new Uint8Array(1024);
    const stream = await requestBodyStream(streamOf([header.subarray(0, 100), header.subarray(100), rest]), "Upload a tar");
    let size = 0;
    for await (const chunk of stream) size += (chunk as Buffer).length;
    expect(size).toBe(512 + 1024);
  });
  it("answers an empty body with the route's own hint", async () => {
    await expect(requestBodyStream(streamOf([]), "Upload a tar")).rejects.toMatchObject({ status: 400, message: "Upload a tar" });
  });
});
