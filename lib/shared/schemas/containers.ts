import { z } from "zod";
import { queryFlag } from "@/lib/shared/schemas/query-flag";
import { CONTAINER_VERBS } from "@/lib/shared/containers/verbs";

// A container reference as the engine accepts it: a full id, an id prefix, or a name
// (names may carry the leading "/" the engine stores them with).
export const containerRef = z
  .string()
  .trim()
  .min(1, "container id or name is required")
  .max(256, "container id or name is too long")
  .regex(/^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]*$/, "not a container id or name")
  .transform((s) => s.replace(/^\//, ""));

// Like `docker ps`, only running containers unless `all` is set; the dashboard always asks for all.
export const listContainersQuery = z.object({ all: queryFlag }).strict();

export const removeContainerQuery = z.object({ force: queryFlag, volumes: queryFlag }).strict();

export const containerVerb = z.enum(CONTAINER_VERBS, {
  message: `action must be one of ${CONTAINER_VERBS.join(", ")}`,
});

export type RemoveContainerOptions = z.infer<typeof removeContainerQuery>;

// Lifecycle on many containers at once (the list's bulk bar): one task, a result per container.
export const BULK_ACTIONS = ["start", "stop", "restart", "remove"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
/** One request names at most this many: a page of checkboxes, not a whole 5,000-container host by accident. */
export const BULK_MAX = 500;

const bulkIds = z
  .array(containerRef)
  .min(1, "choose at least one container")
  .max(BULK_MAX, `at most ${BULK_MAX} containers at once`)
  .transform((ids) => [...new Set(ids)]);

export const bulkContainersBody = z
  .object({
    action: z.enum(BULK_ACTIONS, { message: `action must be one of ${BULK_ACTIONS.join(", ")}` }),
    ids: bulkIds,
    /** remove: kill running ones first (`docker rm -f`). */
    force: z.boolean().default(false),
    /** remove: their anonymous volumes too (`docker rm -v`). */
    volumes: z.boolean().default(false),
  })
  .strict();

export const bulkPreviewBody = z.object({ ids: bulkIds }).strict();

export type BulkContainersBody = z.infer<typeof bulkContainersBody>;
