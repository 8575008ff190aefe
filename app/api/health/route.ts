import { apiRoute } from "@/lib/api/handler";
import { currentHealth } from "@/lib/docker/health";

export const GET = apiRoute(async () => currentHealth());
