import { apiRoute, parseQuery } from "@/lib/server/api/handler";
import { listImages } from "@/lib/server/engine/images";
import { listImagesQuery } from "@/lib/shared/schemas/images";

export const GET = apiRoute(async (req, { engine }) => ({ images: await listImages(engine, parseQuery(req, listImagesQuery)) }));
