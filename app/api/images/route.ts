import { apiRoute } from "@/lib/api/handler";
import { listImages } from "@/lib/docker/images";

export const GET = apiRoute(async () => ({ images: await listImages() }));
