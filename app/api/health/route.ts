import { apiRoute } from "@/lib/server/api/handler";
import { currentHealth } from "@/lib/server/engine/health";

export const GET = apiRoute(async (_req, { engine }) => currentHealth(engine.health, engine.docker));
