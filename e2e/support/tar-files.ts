import { createReadStream } from "node:fs";
import tar from "tar-stream";

// Tars made and read in the tests with tar-stream, independently of Berth's own writer.

/** A tar holding `files` (path → text). */
export async function tarOf(files: Record<string, string>): Promise<Buffer> {
  const pack = tar.pack();
  for (const [name, text] of Object.entries(files)) pack.entry({ name, mode: 0o644 }, text);
  pack.finalize();
  const chunks: Buffer[] = [];
  for await (const chunk of pack) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Every entry of a tar file: name → text of regular files (small files only: tests read them whole). */
export async function readTar(path: string, keep: (name: string) => boolean = () => true): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  const extract = tar.extract();
  const done = new Promise<void>((resolve, reject) => {
    extract.on("entry", (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => {
        if (keep(header.name)) chunks.push(c);
      });
      stream.on("end", () => {
        entries.set(header.name, Buffer.concat(chunks).toString("utf8"));
        next();
      });
    });
    extract.on("finish", resolve);
    extract.on("error", reject);
  });
  createReadStream(path).pipe(extract);
  await done;
  return entries;
}
