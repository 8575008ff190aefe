import { apiRoute } from "@/lib/server/api/handler";
import { systemOverview } from "@/lib/server/engine/system";

export const GET = apiRoute(async (_req, { engine }) => systemOverview(engine));
