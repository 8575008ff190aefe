import { apiRoute, readJsonBody } from "@/lib/api/handler";
import { addRegistry, listRegistries } from "@/lib/registries/store";
import { addRegistryBody } from "@/lib/schemas/registries";

/** Docker Hub first, then the registries the user added, each with the user Berth is logged in as. */
export const GET = apiRoute(async () => ({ registries: listRegistries() }));

export const POST = apiRoute(async (req) => {
  const input = addRegistryBody.parse(await readJsonBody(req));
  return { registry: addRegistry(input) };
});
