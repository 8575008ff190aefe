import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { fetchTags } from "@/lib/server/registries/v2-client";
import { v2Target } from "@/lib/server/registries/v2-target";
import { registryId, tagsQuery } from "@/lib/shared/schemas/registries";

/** The tags of one repository (`/v2/<repository>/tags/list`). */
export const GET = apiRoute<{ id: string }>(async (req, { params }) => {
  const target = v2Target(registryId.parse(params.id));
  return fetchTags(target, parseQuery(req, tagsQuery).repository);
});
