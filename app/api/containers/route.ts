import { apiRoute, parseQuery } from "@/lib/api/handler";
import { listContainers } from "@/lib/docker/containers";
import { listContainersQuery } from "@/lib/schemas/containers";

export const GET = apiRoute(async (req) => {
  const { all } = parseQuery(req, listContainersQuery);
  return { containers: await listContainers({ all }) };
});
