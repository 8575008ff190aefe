import { PassThrough, Readable } from "node:stream";
import tar from "tar-stream";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { listArchiveDir, MAX_LISTED, parseStatLines } = await import("./volume-listing");

describe("parseStatLines", () => {
  it("reads type, size, mtime and names holding |, folders first", () => {
    const out = "81a4|0|1796020175|./we|ird name\na1ff|5|1796020175|./l\n81a4|3|1796020175|./a.txt\n41ed|4096|1796020175|./d\n";
    expect(parseStatLines(out, "/")).toEqual([
      { name: "d", path: "/d", type: "directory", size: 4096, mtime: 1796020175 },
      { name: "a.txt", path: "/a.txt", type: "file", size: 3, mtime: 1796020175 },
      { name: "l", path: "/l", type: "symlink", size: 5, mtime: 1796020175 },
      { name: "we|ird name", path: "/we|ird name", type: "file", size: 0, mtime: 1796020175 },
    ]);
  });
  it("joins paths under a sub-folder and skips noise", () => {
    expect(parseStatLines("garbage\n11b6|0|1|./fifo\n", "/logs")).toEqual([{ name: "fifo", path: "/logs/fifo", type: "other", size: 0, mtime: 1 }]);
  });
});

type Entry = tar.Headers & { body?: string | Buffer };
const MTIME = new Date(1_796_020_175_000);

/** What the engine sends for `GET /containers/{id}/archive?path=…/logs`: the folder, then its whole subtree. */
async function archiveOf(entries: Entry[]): Promise<Buffer> {
  const pack = tar.pack();
  const chunks: Buffer[] = [];
  pack.on("data", (c: Buffer) => chunks.push(c));
  const ended = new Promise((resolve) => pack.on("end", resolve));
  for (const { body, ...header } of entries) {
    await new Promise<void>((resolve, reject) => pack.entry({ mtime: MTIME, ...header }, body ?? "", (err) => (err ? reject(err) : resolve())));
  }
  pack.finalize();
  await ended;
  return Buffer.concat(chunks);
}

/**
 * The archive as a stream in socket-sized chunks; with `hang` it never ends by itself, like an engine stream that is
 * still sending when Berth has read enough.
 */
function streamOf(buf: Buffer, opts: { hang?: boolean } = {}): { stream: Readable; stopped: () => boolean; stop: () => void } {
  const stream = new PassThrough();
  let stopped = false;
  for (let at = 0; at < buf.length; at += 16 * 1024) stream.write(buf.subarray(at, at + 16 * 1024));
  if (!opts.hang) stream.end();
  return {
    stream,
    stopped: () => stopped,
    stop: () => {
      stopped = true;
      stream.destroy();
    },
  };
}

const dir = (name: string): Entry => ({ name, type: "directory" });
const file = (name: string, body: string | Buffer): Entry => ({ name, type: "file", body });

describe("listArchiveDir", () => {
  it("lists only the folder's direct children from the tar headers, folders first", async () => {
    const buf = await archiveOf([
      dir("logs/"),
      dir("logs/a/"),
      file("logs/a/deep.txt", "deep"),
      dir("logs/a/b/"),
      file("logs/app.log", "hello volume\n"),
      { name: "logs/current", type: "symlink", linkname: "app.log" },
      { name: "logs/same.log", type: "link", linkname: "logs/app.log" },
      { name: "logs/pipe", type: "fifo" },
    ]);
    const s = streamOf(buf);
    const listing = await listArchiveDir(s.stream, "/logs", s.stop);
    expect(listing).toEqual({
      path: "/logs",
      truncated: false,
      entries: [
        { name: "a", path: "/logs/a", type: "directory", size: 0, mtime: 1_796_020_175 },
        { name: "app.log", path: "/logs/app.log", type: "file", size: 13, mtime: 1_796_020_175 },
        { name: "current", path: "/logs/current", type: "symlink", size: 0, mtime: 1_796_020_175 },
        { name: "pipe", path: "/logs/pipe", type: "other", size: 0, mtime: 1_796_020_175 },
        { name: "same.log", path: "/logs/same.log", type: "file", size: 13, mtime: 1_796_020_175 },
      ],
    });
    expect(s.stopped()).toBe(true);
  });

  it("lists the volume root (the archive is named after the mount) and an empty folder", async () => {
    const root = streamOf(await archiveOf([dir("data/"), file("data/readme.txt", "top\n")]));
    expect((await listArchiveDir(root.stream, "/", root.stop)).entries).toEqual([
      { name: "readme.txt", path: "/readme.txt", type: "file", size: 4, mtime: 1_796_020_175 },
    ]);
    const empty = streamOf(await archiveOf([dir("empty/")]));
    expect(await listArchiveDir(empty.stream, "/empty", empty.stop)).toEqual({ path: "/empty", entries: [], truncated: false });
  });

  it("stops at the entry bound and says the listing is partial", async () => {
    const entries: Entry[] = [dir("d/")];
    for (let i = 0; i < 30; i++) entries.push(dir(`d/sub${String(i).padStart(2, "0")}/`), file(`d/sub${String(i).padStart(2, "0")}/f`, "x"));
    const s = streamOf(await archiveOf(entries), { hang: true });
    const listing = await listArchiveDir(s.stream, "/d", s.stop, { entries: 10, bytes: 1e9, ms: 10_000 });
    expect(listing.partial).toEqual({ reason: "entries", scanned: 10, bytes: expect.any(Number) });
    expect(listing.entries.map((e) => e.name)).toEqual(["sub00", "sub01", "sub02", "sub03", "sub04"]);
    expect(s.stopped()).toBe(true);
  });

  it("is not partial when the archive ends exactly at the entry bound", async () => {
    const s = streamOf(await archiveOf([dir("d/"), file("d/a", "1"), file("d/b", "2")]));
    const listing = await listArchiveDir(s.stream, "/d", s.stop, { entries: 3, bytes: 1e9, ms: 10_000 });
    expect(listing.partial).toBeUndefined();
    expect(listing.entries).toHaveLength(2);
  });

  it("stops at the byte bound inside a big file's contents", async () => {
    const s = streamOf(await archiveOf([dir("d/"), file("d/a.txt", "a"), file("d/big.bin", Buffer.alloc(512 * 1024)), file("d/z.txt", "z")]), { hang: true });
    const listing = await listArchiveDir(s.stream, "/d", s.stop, { entries: 1000, bytes: 64 * 1024, ms: 10_000 });
    expect(listing.partial?.reason).toBe("bytes");
    expect(listing.partial!.bytes).toBeGreaterThan(64 * 1024);
    expect(listing.entries.map((e) => e.name)).toEqual(["a.txt", "big.bin"]);
    expect(s.stopped()).toBe(true);
  });

  it("stops at the time bound when the engine sends no more", async () => {
    const s = streamOf(await archiveOf([dir("d/"), file("d/a.txt", "a")]).then((b) => b.subarray(0, 1024)), { hang: true });
    const listing = await listArchiveDir(s.stream, "/d", s.stop, { entries: 1000, bytes: 1e9, ms: 50 });
    expect(listing.partial?.reason).toBe("time");
    expect(listing.entries.map((e) => e.name)).toEqual(["a.txt"]);
    expect(s.stopped()).toBe(true);
  });

  it(`marks a folder of more than ${MAX_LISTED} entries as truncated and stops reading`, async () => {
    const entries: Entry[] = [dir("many/")];
    for (let i = 0; i <= MAX_LISTED + 5; i++) entries.push(file(`many/f${String(i).padStart(5, "0")}`, ""));
    const s = streamOf(await archiveOf(entries), { hang: true });
    const listing = await listArchiveDir(s.stream, "/many", s.stop);
    expect(listing.truncated).toBe(true);
    expect(listing.partial).toBeUndefined();
    expect(listing.entries).toHaveLength(MAX_LISTED);
    expect(s.stopped()).toBe(true);
  });

  it("rejects a stream that fails", async () => {
    const stream = new PassThrough();
    const pending = listArchiveDir(stream, "/", () => stream.destroy());
    stream.destroy(new Error("socket hang up"));
    await expect(pending).rejects.toThrow("socket hang up");
  });
});
