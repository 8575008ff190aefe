import { apiRoute, parseQuery, readJsonBody } from "@/lib/api/handler";
import { cleanupPreview, runCleanup } from "@/lib/docker/cleanup";
import { cleanupQuerySchema, cleanupRequestSchema } from "@/lib/schemas/cleanup";

export const GET = apiRoute(async (req) => cleanupPreview(parseQuery(req, cleanupQuerySchema)));

export const POST = apiRoute(async (req) => runCleanup(cleanupRequestSchema.parse(await readJsonBody(req))));
