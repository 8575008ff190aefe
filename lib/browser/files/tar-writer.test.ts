import { describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import tar from "tar-stream";
import { folderEntries, paxRecord, splitUstarPath, tarBlob } from "./tar-writer";

interface Read {
  name: string;
  size: number;
  mode: number;
  body: string;
}

/** Reads the Blob back with tar-stream (a full ustar/PAX reader), as the engine's reader would. */
async function readBack(blob: Blob): Promise<Read[]> {
  const out: Read[] = [];
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on("entry", (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        out.push({ name: header.name, size: header.size ?? 0, mode: header.mode ?? 0, body: Buffer.concat(chunks).toString("utf8") });
        next();
      });
    });
    extract.on("finish", resolve);
    extract.on("error", reject);
  });
  Readable.from(Buffer.from(await blob.arrayBuffer())).pipe(extract);
  await done;
  return out;
}

describe("tarBlob", () => {
  it("writes entries a tar reader reads back, in 512-byte blocks", async () => {
    const blob = tarBlob([
      { path: "Dockerfile", file: new Blob(["FROM busybox\nCOPY . /app\n"]), mtime: 1_764_478_200_000 },
      { path: "src/empty.txt", file: new Blob([]) },
      { path: "src/exact.bin", file: new Blob(["x".repeat(512)]) },
    ]);
    expect(blob.size % 512).toBe(0);
    // 3 headers + 1 block + 0 blocks + 1 block + 2 end blocks.
    expect(blob.size).toBe(512 * 7);
    const read = await readBack(blob);
    expect(read.map((r) => [r.name, r.size])).toEqual([
      ["Dockerfile", 25],
      ["src/empty.txt", 0],
      ["src/exact.bin", 512],
    ]);
    expect(read[0]!.body).toBe("FROM busybox\nCOPY . /app\n");
    expect(read[0]!.mode).toBe(0o644);
  });

  it("uses the ustar prefix for long paths and PAX for longer or non-ASCII ones", async () => {
    const dirs = "deep/".repeat(30); // 150 bytes
    const prefixed = `${dirs}file.txt`;
    const tooLong = `${"a".repeat(120)}/${"b".repeat(120)}.txt`;
    const unicode = "données/café ☕.txt";
    const read = await readBack(
      tarBlob([
        { path: prefixed, file: new Blob(["1"]) },
        { path: tooLong, file: new Blob(["22"]) },
        { path: unicode, file: new Blob(["333"]) },
      ]),
    );
    expect(read.map((r) => [r.name, r.body])).toEqual([
      [prefixed, "1"],
      [tooLong, "22"],
      [unicode, "333"],
    ]);
  });

  it("splits at a slash only where both fields fit", () => {
    expect(splitUstarPath("short")).toEqual({ prefix: "", name: "short" });
    expect(splitUstarPath(`${"p".repeat(150)}/${"n".repeat(90)}`)).toEqual({ prefix: "p".repeat(150), name: "n".repeat(90) });
    expect(splitUstarPath("x".repeat(101))).toBeNull();
  });

  it("counts a PAX record's own length, also when that adds a digit", () => {
    expect(paxRecord("path", "a")).toBe("9 path=a\n");
    for (const n of [80, 89, 90, 91, 95, 996]) {
      const record = paxRecord("path", "v".repeat(n));
      expect(Number(record.split(" ")[0])).toBe(new TextEncoder().encode(record).length);
    }
  });
});

describe("folderEntries", () => {
  it("drops the picked folder's own name from each path", () => {
    const file = (relative: string) => Object.assign(new File(["x"], relative.split("/").pop()!), { webkitRelativePath: relative });
    expect(folderEntries([file("ctx/Dockerfile"), file("ctx/src/a.txt")]).map((e) => e.path)).toEqual(["Dockerfile", "src/a.txt"]);
  });
});
