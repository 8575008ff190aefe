import { apiRoute, parseQuery } from "@/lib/api/handler";
import { listImages } from "@/lib/docker/images";
import { listImagesQuery } from "@/lib/schemas/images";

export const GET = apiRoute(async (req) => ({ images: await listImages(parseQuery(req, listImagesQuery)) }));
