import { z } from "zod";
import { queryFlag } from "@/lib/shared/schemas/query-flag";
import { volumeRef } from "./volumes";

// Shared by the cleanup screen (options) and the API handlers.

export const MAX_OLDER_THAN_HOURS = 24 * 365 * 10;

/** "Only older than N hours": empty means no limit. */
export const olderThanHoursText = z
  .string()
  .trim()
  .regex(/^(\d+(\.\d+)?)?$/, "Hours as a number, e.g. 24")
  .transform((v) => (v === "" ? undefined : Number(v)))
  .refine((v) => v === undefined || v <= MAX_OLDER_THAN_HOURS, `At most ${MAX_OLDER_THAN_HOURS} hours (10 years)`);

export const cleanupQuerySchema = z.strictObject({
  unusedImages: queryFlag,
  olderThanHours: olderThanHoursText.optional(),
});

const MAX_ITEMS = 5000;
const ids = (item: z.ZodString) => z.array(item).max(MAX_ITEMS, `At most ${MAX_ITEMS} at once`).default([]);

export const containerIdSchema = z.string().regex(/^[0-9a-f]{12,64}$/, "Not a container id");
export const imageIdSchema = z.string().regex(/^(sha256:)?[0-9a-f]{12,64}$/, "Not an image id");
/** Local network ids are 64 hex digits; swarm's are 25 letters and digits. */
export const networkIdSchema = z.string().regex(/^[0-9a-zA-Z]{12,64}$/, "Not a network id");
export const buildCacheIdSchema = z.string().regex(/^[0-9a-zA-Z]{10,64}$/, "Not a build cache id");

/** What to remove, by id (volumes by name): the rows ticked in the preview, never "everything". */
export const cleanupRequestSchema = z
  .strictObject({
    containers: ids(containerIdSchema),
    images: ids(imageIdSchema),
    volumes: ids(volumeRef),
    networks: ids(networkIdSchema),
    /** `true`: every unused record; ids: only those. */
    buildCache: z.union([z.boolean(), z.array(buildCacheIdSchema).max(MAX_ITEMS)]).optional(),
    /** Whether the preview included tagged unused images (else a tagged image is skipped). */
    unusedImages: z.boolean().optional(),
  })
  .refine(
    (r) => r.containers.length + r.images.length + r.volumes.length + r.networks.length > 0 || (Array.isArray(r.buildCache) ? r.buildCache.length > 0 : r.buildCache === true),
    { message: "Nothing to remove: tick at least one row" },
  );
export type CleanupRequestInput = z.input<typeof cleanupRequestSchema>;
