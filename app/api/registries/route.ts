import { apiRoute, readJsonBody } from "@/lib/server/api/handler";
import { addRegistry, listRegistries } from "@/lib/server/registries/store";
import { addRegistryBody } from "@/lib/shared/schemas/registries";

/** Docker Hub first, then the registries the user added, each with the user Berth is logged in as. */
export const GET = apiRoute(async () => ({ registries: listRegistries() }));

export const POST = apiRoute(async (req) => {
  const input = addRegistryBody.parse(await readJsonBody(req));
  return { registry: addRegistry(input) };
});
