import { apiRoute, parseQuery, readJsonBody } from "@/lib/server/api/handler";
import { cleanupPreview, runCleanup } from "@/lib/server/engine/cleanup";
import { cleanupQuerySchema, cleanupRequestSchema } from "@/lib/shared/schemas/cleanup";

export const GET = apiRoute(async (req, { engine }) => cleanupPreview(engine, parseQuery(req, cleanupQuerySchema)));

export const POST = apiRoute(async (req, { engine }) => runCleanup(engine, cleanupRequestSchema.parse(await readJsonBody(req))));
