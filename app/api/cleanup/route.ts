import { apiRoute, parseQuery, readJsonBody } from "@/lib/server/api/handler";
import { cleanupPreview, runCleanup } from "@/lib/server/engine/cleanup";
import { cleanupQuerySchema, cleanupRequestSchema } from "@/lib/shared/schemas/cleanup";

export const GET = apiRoute(async (req) => cleanupPreview(parseQuery(req, cleanupQuerySchema)));

export const POST = apiRoute(async (req) => runCleanup(cleanupRequestSchema.parse(await readJsonBody(req))));
