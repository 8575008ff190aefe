import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { fetchCatalog } from "@/lib/server/registries/v2-client";
import { v2Target } from "@/lib/server/registries/v2-target";
import { catalogQuery, registryId } from "@/lib/shared/schemas/registries";

/** One page of the registry's repositories (`/v2/_catalog`); `next` is the `last` of the following page. */
export const GET = apiRoute<{ id: string }>(async (req, { params }) => {
  const target = v2Target(registryId.parse(params.id));
  return fetchCatalog(target, parseQuery(req, catalogQuery));
});
