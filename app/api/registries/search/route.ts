import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { searchDockerHub } from "@/lib/server/engine/search";
import { searchQuery } from "@/lib/shared/schemas/registries";

/** `docker search`: Docker Hub through the engine; a 502 `hub_unreachable` when the engine has no internet. */
export const GET = apiRoute(async (req, { engine }) => {
  const { term, limit } = parseQuery(req, searchQuery);
  return { results: await searchDockerHub(engine, term, limit, req.signal) };
});
