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
