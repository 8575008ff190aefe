import { apiRoute, parseQuery } from "@/lib/api/handler";
import { fetchTags } from "@/lib/registries/v2-client";
import { v2Target } from "@/lib/registries/v2-target";
import { registryId, tagsQuery } from "@/lib/schemas/registries";

/** The tags of one repository (`/v2/<repository>/tags/list`). */
export const GET = apiRoute<{ id: string }>(async (req, { params }) => {
  const target = v2Target(registryId.parse(params.id));
  return fetchTags(target, parseQuery(req, tagsQuery).repository);
});
