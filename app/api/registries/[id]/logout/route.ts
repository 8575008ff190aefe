import { apiRoute } from "@/lib/api/handler";
import { forgetLogin, getRegistry } from "@/lib/registries/store";
import { registryId } from "@/lib/schemas/registries";

/** Forgets the login, in memory and on disk. */
export const POST = apiRoute<{ id: string }>(async (_req, { params }) => {
  const registry = getRegistry(registryId.parse(params.id));
  forgetLogin(registry.address);
  return { registry: getRegistry(registry.id) };
});
