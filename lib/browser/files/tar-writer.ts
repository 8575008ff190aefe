// A tiny ustar writer for the browser: a folder picked with <input webkitdirectory> becomes a build
// context without being read into memory. The tar is a Blob composed of headers, the File objects
// themselves and zero padding; the browser reads each file from disk only as the upload sends it.
// Paths past ustar's 100 bytes go in the `prefix` field, or else in a PAX header (as do non-ASCII
// paths and sizes past 8 GiB), which the engine's Go tar reader understands.

const BLOCK = 512;
// 11 octal digits: the largest size a plain ustar header holds.
const MAX_OCTAL_SIZE = 0o77777777777;

export interface TarEntry {
  /** Path inside the archive, "/"-separated, relative. */
  path: string;
  file: Blob;
  /** ms since epoch (File.lastModified). */
  mtime?: number;
  mode?: number;
}

const encoder = new TextEncoder();

function octal(value: number, width: number): string {
  // width - 1 digits and a NUL, as GNU and Go write them.
  return value.toString(8).padStart(width - 1, "0") + "\0";
}

function put(block: Uint8Array, offset: number, width: number, text: string) {
  const bytes = encoder.encode(text);
  block.set(bytes.subarray(0, width), offset);
}

/** Splits a long path into ustar's prefix (≤155 bytes) and name (≤100 bytes) at a "/", if it can. */
export function splitUstarPath(path: string): { prefix: string; name: string } | null {
  const bytes = encoder.encode(path).length;
  if (bytes <= 100) return { prefix: "", name: path };
  for (let i = path.indexOf("/"); i !== -1; i = path.indexOf("/", i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(name).length <= 100 && name) return { prefix, name };
  }
  return null;
}

function header(fields: { name: string; prefix?: string; size: number; mtime: number; mode: number; type: "0" | "x" }): Uint8Array<ArrayBuffer> {
  const block = new Uint8Array(BLOCK);
  put(block, 0, 100, fields.name);
  put(block, 100, 8, octal(fields.mode, 8));
  put(block, 108, 8, octal(0, 8));
  put(block, 116, 8, octal(0, 8));
  put(block, 124, 12, octal(fields.size, 12));
  put(block, 136, 12, octal(fields.mtime, 12));
  put(block, 148, 8, "        "); // checksum counts as spaces while summed
  put(block, 156, 1, fields.type);
  put(block, 257, 6, "ustar\0");
  put(block, 263, 2, "00");
  put(block, 265, 32, "root");
  put(block, 297, 32, "root");
  if (fields.prefix) put(block, 345, 155, fields.prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  put(block, 148, 8, sum.toString(8).padStart(6, "0") + "\0 ");
  return block;
}

/** One PAX record: "<length> <key>=<value>\n", the length counting itself. */
export function paxRecord(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  const bodyBytes = encoder.encode(body).length;
  const digits = String(bodyBytes).length;
  let length = bodyBytes + digits;
  // Counting the length can add a digit to it (98 bytes + "10x").
  if (String(length).length > digits) length += 1;
  return `${length}${body}`;
}

function padding(size: number): Uint8Array<ArrayBuffer> {
  const rest = size % BLOCK;
  return new Uint8Array(rest === 0 ? 0 : BLOCK - rest);
}

/** The parts (headers, the file, padding) of one entry. */
function entryParts(entry: TarEntry): BlobPart[] {
  const size = entry.file.size;
  const mtime = Math.floor((entry.mtime ?? Date.now()) / 1000);
  const mode = entry.mode ?? 0o644;
  const split = /^[\x20-\x7e]*$/.test(entry.path) ? splitUstarPath(entry.path) : null;
  const parts: BlobPart[] = [];
  const pax: string[] = [];
  if (!split) pax.push(paxRecord("path", entry.path));
  if (size > MAX_OCTAL_SIZE) pax.push(paxRecord("size", String(size)));
  if (pax.length) {
    const data = new Uint8Array(encoder.encode(pax.join("")));
    parts.push(header({ name: "PaxHeaders/entry", size: data.length, mtime, mode: 0o644, type: "x" }), data, padding(data.length));
  }
  // With a PAX path the ustar name is only a fallback for old readers: ASCII, cut to fit.
  const fallback = split ?? { prefix: "", name: entry.path.replace(/[^\x20-\x7e]/g, "_").slice(-100) };
  parts.push(header({ name: fallback.name, prefix: fallback.prefix, size: size > MAX_OCTAL_SIZE ? 0 : size, mtime, mode, type: "0" }));
  parts.push(entry.file, padding(size));
  return parts;
}

/** The whole archive as a lazily composed Blob; nothing of the files is read here. */
export function tarBlob(entries: TarEntry[]): Blob {
  const parts = entries.flatMap(entryParts);
  parts.push(new Uint8Array(BLOCK * 2));
  return new Blob(parts, { type: "application/x-tar" });
}

/**
 * The files of a picked folder as entries relative to that folder: `webkitRelativePath` starts with
 * the folder's own name, which the context must not contain.
 */
export function folderEntries(files: ArrayLike<File>): TarEntry[] {
  return Array.from(files, (file) => {
    const relative = (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name;
    const slash = relative.indexOf("/");
    return { path: slash === -1 ? relative : relative.slice(slash + 1), file, mtime: file.lastModified };
  }).filter((e) => e.path);
}
