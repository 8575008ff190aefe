import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { registryAddressRefusal } from "@/lib/server/registries/destinations";
import { addRegistry, listRegistries } from "@/lib/server/registries/store";
import { addRegistryBody } from "@/lib/shared/schemas/registries";
import { ApiError } from "@/lib/shared/errors";

/** Docker Hub first, then the registries the user added, each with the user Berth is logged in as. */
export const GET = apiRoute(async () => ({ registries: listRegistries() }));

export const POST = apiRoute(async (req) => {
  const input = addRegistryBody.parse(await readJsonBody(req));
  // Berth's own port or the engine's is no registry: browsing it would have Berth send requests to itself.
  const refusal = registryAddressRefusal(input.address);
  if (refusal) {
    throw new ApiError("invalid_request", `${input.address} is not a registry: ${refusal}`, { fields: { address: `${refusal}: enter the registry's own address` } });
  }
  return { registry: addRegistry(input) };
});
