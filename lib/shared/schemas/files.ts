import { z } from "zod";
import { formatBytes } from "@/lib/shared/format-bytes";

// Paths inside a container, as the Files tab and the archive API take them. They are only ever sent
// to the engine, which resolves them inside the container's root filesystem; Berth never reads or
// writes a host path. Still, `..` segments are refused outright rather than normalised, so what the
// user typed is what the engine is asked for, and a path cannot climb through a symlinked parent.

export const MAX_PATH_LENGTH = 4096; // PATH_MAX on Linux
export const MAX_NAME_BYTES = 255; // NAME_MAX on Linux
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;
/** What the form and the API say about a larger file. */
export const UPLOAD_TOO_LARGE = `The file is larger than ${formatBytes(MAX_UPLOAD_BYTES, { units: "binary" })}`;

// C0 controls and DEL: never part of a path a person means, and NUL truncates paths in C code.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** "/a//b/./c/" → "/a/b/c"; callers have already refused `..` segments. */
export function normalizeContainerPath(path: string): string {
  const parts = path.split("/").filter((p) => p !== "" && p !== ".");
  return "/" + parts.join("/");
}

export const containerPath = z
  .string({ message: "path is required" })
  .min(1, "path is required")
  .max(MAX_PATH_LENGTH, `path is longer than ${MAX_PATH_LENGTH} characters`)
  .refine((p) => !CONTROL.test(p), "path must not contain NUL or control characters")
  .refine((p) => !p.includes("\\"), "path must not contain backslashes")
  .refine((p) => p.startsWith("/"), "path must be absolute inside the container (start with /)")
  .refine((p) => !p.split("/").includes(".."), "path must not contain .. segments")
  .transform(normalizeContainerPath);

/** A file name for an upload: one path segment, never a path. */
export const uploadFileName = z
  .string({ message: "name is required" })
  .min(1, "name is required")
  .refine((n) => new TextEncoder().encode(n).length <= MAX_NAME_BYTES, `name is longer than ${MAX_NAME_BYTES} bytes`)
  .refine((n) => !CONTROL.test(n), "name must not contain NUL or control characters")
  .refine((n) => !n.includes("/") && !n.includes("\\"), "name must be a file name, not a path")
  .refine((n) => n !== "." && n !== "..", "name must not be . or ..");

export const DOWNLOAD_FORMATS = ["auto", "file", "tar", "stat"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

// auto: a regular file as itself, anything else as .tar. stat: JSON about the path, no download.
export const archiveGetQuery = z
  .object({
    path: containerPath,
    format: z.enum(DOWNLOAD_FORMATS, { message: `format must be one of ${DOWNLOAD_FORMATS.join(", ")}` }).default("auto"),
  })
  .strict();

/** `path` is the destination folder; the file lands at path/name. */
export const archivePutQuery = z.object({ path: containerPath, name: uploadFileName }).strict();

export type ArchiveGetQuery = z.infer<typeof archiveGetQuery>;
export type ArchivePutQuery = z.infer<typeof archivePutQuery>;

/** The default destination folder of an upload: writable in almost every image. */
export const DEFAULT_UPLOAD_DIR = "/tmp";
