import { apiRoute } from "@/lib/server/api/handler";
import { getRegistry, removeRegistry } from "@/lib/server/registries/store";
import { registryId } from "@/lib/shared/schemas/registries";

export const GET = apiRoute<{ id: string }>(async (_req, { params }) => ({ registry: getRegistry(registryId.parse(params.id)) }));

/** Removes the registry from Berth's list and forgets its login; nothing in the registry changes. */
export const DELETE = apiRoute<{ id: string }>(async (_req, { params }) => ({ removed: removeRegistry(registryId.parse(params.id)) }));
