import { z } from "zod";
import { queryFlag } from "@/lib/shared/schemas/query-flag";
import { containerPath } from "./files";
import { textRecord } from "./engine-text";

// Shared by the create form (field errors before sending) and the API handler.

export const VOLUME_NAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

export const volumeNameSchema = z
  .string()
  .trim()
  .min(2, "Name must be at least 2 characters")
  .max(255, "Name is too long")
  .regex(VOLUME_NAME_PATTERN, "Use letters, digits, '_', '.' or '-', starting with a letter or digit");


export const createVolumeSchema = z.strictObject({
  name: volumeNameSchema,
  driver: z.string().trim().min(1, "Driver is required").max(255).regex(/^[a-zA-Z0-9][a-zA-Z0-9_.:/-]*$/, "Not a driver name").default("local"),
  options: textRecord("Option").default({}),
  labels: textRecord("Label").default({}),
});
export type CreateVolumeInput = z.input<typeof createVolumeSchema>;

export const volumeListQuerySchema = z.strictObject({
  sizes: queryFlag,
  dangling: queryFlag,
});

/** A volume name in a URL (anonymous volumes have 64-hex names, which the pattern accepts). */
export const volumeRef = z.string().min(1).max(255).regex(VOLUME_NAME_PATTERN, "Not a volume name");

/** A browse session id, as POST /api/volumes/:name/browse answered it. */
export const browseSessionRef = z.string().regex(/^[0-9a-f]{32}$/, "Not a browse session id");

// Paths inside a volume, from its root: the same rules as a container path (absolute, no `..`).
/** Body of a folder listing. */
export const volumeListBodySchema = z.strictObject({ path: containerPath.default("/") });
/** `format`: `file` a regular file's bytes, `tar` the engine's archive (a folder), `auto` by what the path is. */
export const volumeDownloadQuerySchema = z.strictObject({
  path: containerPath,
  format: z.enum(["auto", "file", "tar"], { message: "format must be one of auto, file, tar" }).default("auto"),
});
