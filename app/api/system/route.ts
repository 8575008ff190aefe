import { apiRoute } from "@/lib/api/handler";
import { systemOverview } from "@/lib/docker/system";

export const GET = apiRoute(async () => systemOverview());
