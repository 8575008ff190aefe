import { apiRoute } from "@/lib/server/api/handler";
import { composeStatus } from "@/lib/server/compose/cli";
import { systemOverview } from "@/lib/server/engine/system";

export const GET = apiRoute(async (_req, { engine }) => {
  const [overview, compose] = await Promise.all([systemOverview(engine), composeStatus(engine)]);
  return { ...overview, compose };
});
