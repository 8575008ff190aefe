import { apiRoute } from "@/lib/server/api/handler";
import { forgetLogin, getRegistry } from "@/lib/server/registries/store";
import { registryId } from "@/lib/shared/schemas/registries";

/** Forgets the login, in memory and on disk. */
export const POST = apiRoute<{ id: string }>(async (_req, { params }) => {
  const registry = getRegistry(registryId.parse(params.id));
  forgetLogin(registry.address);
  return { registry: getRegistry(registry.id) };
});
